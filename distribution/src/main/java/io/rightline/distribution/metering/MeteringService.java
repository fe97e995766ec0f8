package io.rightline.distribution.metering;

import io.rightline.distribution.problem.ApiException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Sessions, heartbeat ingest and play records; one transaction per operation. */
@Service
class MeteringService implements Metering {
    static final String UNKNOWN_SESSION = "UNKNOWN_SESSION";
    static final String SESSION_CLOSED = "SESSION_CLOSED";
    static final String NOT_SESSION_VIEWER = "NOT_SESSION_VIEWER";
    static final String INVALID_HEARTBEAT = "INVALID_HEARTBEAT";

    private static final Logger log = LoggerFactory.getLogger(MeteringService.class);

    private final MeteringStore store;
    private final MeteringProperties properties;
    private final PlayRules rules;
    private final Clock clock;

    MeteringService(MeteringStore store, MeteringProperties properties, Clock clock) {
        this.store = store;
        this.properties = properties;
        this.rules = new PlayRules(properties);
        this.clock = clock;
    }

    @Override
    @Transactional
    public PlaySession open(String viewerId, OpenSessionRequest request) {
        PlaySession session = new PlaySession(
                UUID.randomUUID(),
                viewerId,
                request.workId(),
                ContentType.parse(request.contentType()),
                Territory.of(request.territory()),
                now(),
                null);
        store.ensurePartition(MeteringStore.monthOf(session.startedAt()));
        store.insertSession(session);
        log.info(
                "play session opened sessionId={} viewerId={} workId={} territory={}",
                session.id(),
                viewerId,
                session.workId(),
                session.territory());
        return session;
    }

    @Override
    @Transactional
    public HeartbeatBatchResult ingest(String viewerId, List<Heartbeat> heartbeats) {
        if (heartbeats.size() > properties.maxBatchSize()) {
            throw new ApiException(
                    "BATCH_TOO_LARGE",
                    HttpStatus.BAD_REQUEST,
                    "a batch holds at most " + properties.maxBatchSize() + " heartbeats, got " + heartbeats.size());
        }
        MeteringStore.HeartbeatRow[] rows = new MeteringStore.HeartbeatRow[heartbeats.size()];
        HeartbeatResult[] results = new HeartbeatResult[heartbeats.size()];
        Set<UUID> sessionIds = new HashSet<>();
        for (int i = 0; i < heartbeats.size(); i++) {
            UUID sessionId = parseSessionId(heartbeats.get(i));
            if (sessionId == null) {
                results[i] = rejected(i, INVALID_HEARTBEAT);
            } else {
                sessionIds.add(sessionId);
            }
        }
        Map<UUID, PlaySession> sessions = store.lockSessionsForShare(sessionIds);
        List<MeteringStore.HeartbeatRow> candidates = new ArrayList<>();
        Set<MeteringStore.HeartbeatKey> seen = new HashSet<>();
        for (int i = 0; i < heartbeats.size(); i++) {
            if (results[i] != null) {
                continue;
            }
            Heartbeat heartbeat = heartbeats.get(i);
            PlaySession session = sessions.get(UUID.fromString(heartbeat.sessionId()));
            String problem = check(viewerId, heartbeat, session);
            if (problem != null) {
                results[i] = rejected(i, problem);
                continue;
            }
            rows[i] = toRow(heartbeat, session);
            if (seen.add(rows[i].key())) {
                candidates.add(rows[i]);
            } else {
                results[i] = new HeartbeatResult(i, HeartbeatStatus.DUPLICATE, null);
                rows[i] = null;
            }
        }
        Set<MeteringStore.HeartbeatKey> inserted = store.insertHeartbeats(candidates, clock.instant());
        for (int i = 0; i < rows.length; i++) {
            if (rows[i] != null) {
                HeartbeatStatus status =
                        inserted.contains(rows[i].key()) ? HeartbeatStatus.ACCEPTED : HeartbeatStatus.DUPLICATE;
                results[i] = new HeartbeatResult(i, status, null);
            }
        }
        return summarise(Arrays.asList(results));
    }

    @Override
    @Transactional
    public PlayRecord close(String viewerId, UUID sessionId) {
        PlaySession session = store.lockSessionForUpdate(sessionId)
                .orElseThrow(() -> new ApiException(UNKNOWN_SESSION, HttpStatus.NOT_FOUND, "no session " + sessionId));
        if (!session.viewerId().equals(viewerId)) {
            throw new ApiException(NOT_SESSION_VIEWER, HttpStatus.FORBIDDEN, "the session belongs to another viewer");
        }
        if (session.closed()) {
            return store.findPlayRecord(sessionId)
                    .orElseThrow(() -> new IllegalStateException("closed session without play record " + sessionId));
        }
        store.lockViewer(viewerId);
        Instant closedAt = now();
        store.markClosed(sessionId, closedAt);
        MeteringStore.Totals totals = store.totals(sessionId, MeteringStore.monthOf(session.startedAt()));
        PlayRules.Verdict verdict = rules.judge(facts(session, totals.seconds()));
        List<PlayFlag> flags = verdict.flags().stream().sorted().toList();
        PlayRecord record = new PlayRecord(
                sessionId,
                viewerId,
                session.workId(),
                session.contentType(),
                session.territory(),
                session.startedAt(),
                closedAt,
                totals.heartbeats(),
                totals.seconds(),
                verdict.qualified(),
                flags);
        store.insertPlayRecord(record);
        log.info(
                "play session closed sessionId={} secondsPlayed={} qualified={} flags={}",
                sessionId,
                record.secondsPlayed(),
                record.qualified(),
                flags);
        return record;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<PlaySession> session(UUID sessionId) {
        return store.findSession(sessionId);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<PlayRecord> playRecord(UUID sessionId) {
        return store.findPlayRecord(sessionId);
    }

    /** The clock's instant at PostgreSQL's precision, so an answer equals what is read back later. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private PlayRules.Facts facts(PlaySession session, long seconds) {
        Instant dayStart = LocalDate.ofInstant(session.startedAt(), ZoneOffset.UTC)
                .atStartOfDay()
                .toInstant(ZoneOffset.UTC);
        long sameDay = store.viewerSecondsBetween(session.viewerId(), dayStart, dayStart.plus(1, ChronoUnit.DAYS));
        MeteringProperties.ShortLoop loop = properties.shortLoop();
        long shortPlays = store.shortPlaysOfWork(
                session.viewerId(),
                session.workId(),
                session.startedAt().minus(loop.window()),
                session.startedAt(),
                loop.maxSeconds());
        return new PlayRules.Facts(session.contentType(), seconds, sameDay, shortPlays);
    }

    private String check(String viewerId, Heartbeat heartbeat, PlaySession session) {
        if (session == null) {
            return UNKNOWN_SESSION;
        }
        if (!session.viewerId().equals(viewerId)) {
            return NOT_SESSION_VIEWER;
        }
        if (session.closed()) {
            return SESSION_CLOSED;
        }
        boolean valid = heartbeat.sequence() != null
                && heartbeat.sequence() >= 0
                && heartbeat.positionMs() != null
                && heartbeat.positionMs() >= 0
                && heartbeat.secondsPlayed() != null
                && heartbeat.secondsPlayed() >= 0
                && heartbeat.secondsPlayed() <= properties.maxSecondsPerHeartbeat()
                && parseInstant(heartbeat.sentAt()) != null;
        return valid ? null : INVALID_HEARTBEAT;
    }

    private static MeteringStore.HeartbeatRow toRow(Heartbeat heartbeat, PlaySession session) {
        return new MeteringStore.HeartbeatRow(
                session.id(),
                heartbeat.sequence(),
                MeteringStore.monthOf(session.startedAt()),
                heartbeat.positionMs(),
                heartbeat.secondsPlayed(),
                parseInstant(heartbeat.sentAt()));
    }

    private static UUID parseSessionId(Heartbeat heartbeat) {
        if (heartbeat == null || heartbeat.sessionId() == null) {
            return null;
        }
        try {
            return UUID.fromString(heartbeat.sessionId());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Instant parseInstant(String value) {
        if (value == null) {
            return null;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static HeartbeatResult rejected(int index, String code) {
        return new HeartbeatResult(index, HeartbeatStatus.REJECTED, code);
    }

    private static HeartbeatBatchResult summarise(List<HeartbeatResult> results) {
        int accepted = 0;
        int duplicates = 0;
        int rejected = 0;
        for (HeartbeatResult result : results) {
            switch (result.status()) {
                case ACCEPTED -> accepted++;
                case DUPLICATE -> duplicates++;
                case REJECTED -> rejected++;
            }
        }
        return new HeartbeatBatchResult(accepted, duplicates, rejected, results);
    }
}
