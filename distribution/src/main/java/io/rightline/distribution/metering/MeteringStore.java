package io.rightline.distribution.metering;

import static io.rightline.distribution.jooq.Tables.HEARTBEAT;
import static io.rightline.distribution.jooq.Tables.PLAY_RECORD;
import static io.rightline.distribution.jooq.Tables.PLAY_SESSION;

import io.rightline.distribution.jooq.tables.records.PlayRecordRecord;
import io.rightline.distribution.jooq.tables.records.PlaySessionRecord;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

/** Metering tables through jOOQ; the heartbeat insert is one multi-row statement over arrays. */
@Component
final class MeteringStore {
    private static final String INSERT_HEARTBEATS = """
            INSERT INTO distribution.heartbeat
                (session_id, sequence, session_month, position_ms, seconds_played, sent_at, received_at)
            SELECT s, q, m::date, p, sp, to_timestamp(sa / 1000.0), ?
            FROM unnest(?::uuid[], ?::int[], ?::text[], ?::bigint[], ?::int[], ?::bigint[]) AS t(s, q, m, p, sp, sa)
            ON CONFLICT DO NOTHING
            RETURNING session_id, sequence""";

    private final DSLContext dsl;
    private final Set<LocalDate> partitionsEnsured = ConcurrentHashMap.newKeySet();

    MeteringStore(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** A heartbeat ready to store. */
    record HeartbeatRow(
            UUID sessionId, int sequence, LocalDate month, long positionMs, int secondsPlayed, Instant sentAt) {
        HeartbeatKey key() {
            return new HeartbeatKey(sessionId, sequence);
        }
    }

    /** Idempotency key of a heartbeat. */
    record HeartbeatKey(UUID sessionId, int sequence) {}

    /** Heartbeat count and seconds of one session. */
    record Totals(int heartbeats, long seconds) {}

    /** The first day of the month an instant falls in (UTC): the partition key. */
    static LocalDate monthOf(Instant instant) {
        return LocalDate.ofInstant(instant, ZoneOffset.UTC).withDayOfMonth(1);
    }

    void ensurePartition(LocalDate month) {
        if (partitionsEnsured.contains(month)) {
            return;
        }
        dsl.fetchValue("SELECT distribution.ensure_heartbeat_partition(CAST({0} AS DATE))", DSL.val(month.toString()));
        partitionsEnsured.add(month);
    }

    void insertSession(PlaySession session) {
        dsl.insertInto(PLAY_SESSION)
                .set(PLAY_SESSION.ID, session.id())
                .set(PLAY_SESSION.VIEWER_ID, session.viewerId())
                .set(PLAY_SESSION.WORK_ID, session.workId())
                .set(PLAY_SESSION.CONTENT_TYPE, session.contentType().name())
                .set(PLAY_SESSION.TERRITORY, session.territory().code())
                .set(PLAY_SESSION.STARTED_AT, utc(session.startedAt()))
                .set(PLAY_SESSION.SESSION_MONTH, monthOf(session.startedAt()))
                .execute();
    }

    Optional<PlaySession> findSession(UUID id) {
        return dsl.selectFrom(PLAY_SESSION)
                .where(PLAY_SESSION.ID.eq(id))
                .fetchOptional()
                .map(MeteringStore::toSession);
    }

    /** The session, locked against concurrent heartbeats and closes until the transaction ends. */
    Optional<PlaySession> lockSessionForUpdate(UUID id) {
        return dsl.selectFrom(PLAY_SESSION)
                .where(PLAY_SESSION.ID.eq(id))
                .forUpdate()
                .fetchOptional()
                .map(MeteringStore::toSession);
    }

    /** The sessions among {@code ids}, share-locked so that none can close while the batch is stored. */
    Map<UUID, PlaySession> lockSessionsForShare(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return dsl
                .selectFrom(PLAY_SESSION)
                .where(PLAY_SESSION.ID.in(ids))
                .orderBy(PLAY_SESSION.ID)
                .forShare()
                .fetch(MeteringStore::toSession)
                .stream()
                .collect(Collectors.toMap(PlaySession::id, Function.identity()));
    }

    /** Up to {@code limit} open sessions whose last heartbeat (or start, without one) is before {@code cutoff}. */
    List<PlaySession> idleSessions(Instant cutoff, int limit) {
        return dsl.selectFrom(PLAY_SESSION)
                .where(PLAY_SESSION.CLOSED_AT.isNull())
                .and(PLAY_SESSION.STARTED_AT.lt(utc(cutoff)))
                .andNotExists(DSL.selectOne()
                        .from(HEARTBEAT)
                        .where(HEARTBEAT.SESSION_ID.eq(PLAY_SESSION.ID))
                        .and(HEARTBEAT.SESSION_MONTH.eq(PLAY_SESSION.SESSION_MONTH))
                        .and(HEARTBEAT.RECEIVED_AT.ge(utc(cutoff))))
                .orderBy(PLAY_SESSION.STARTED_AT)
                .limit(limit)
                .fetch(MeteringStore::toSession);
    }

    void markClosed(UUID id, Instant closedAt) {
        dsl.update(PLAY_SESSION)
                .set(PLAY_SESSION.CLOSED_AT, utc(closedAt))
                .where(PLAY_SESSION.ID.eq(id))
                .execute();
    }

    /** Inserts the rows, skipping those already stored; returns the keys actually inserted. */
    Set<HeartbeatKey> insertHeartbeats(List<HeartbeatRow> rows, Instant receivedAt) {
        if (rows.isEmpty()) {
            return Set.of();
        }
        return dsl.connectionResult(connection -> insertHeartbeats(connection, rows, receivedAt));
    }

    private static Set<HeartbeatKey> insertHeartbeats(
            Connection connection, List<HeartbeatRow> rows, Instant receivedAt) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(INSERT_HEARTBEATS)) {
            statement.setObject(1, utc(receivedAt));
            statement.setArray(2, array(connection, "uuid", rows, HeartbeatRow::sessionId));
            statement.setArray(3, array(connection, "int4", rows, HeartbeatRow::sequence));
            statement.setArray(
                    4, array(connection, "text", rows, row -> row.month().toString()));
            statement.setArray(5, array(connection, "int8", rows, HeartbeatRow::positionMs));
            statement.setArray(6, array(connection, "int4", rows, HeartbeatRow::secondsPlayed));
            statement.setArray(
                    7, array(connection, "int8", rows, row -> row.sentAt().toEpochMilli()));
            Set<HeartbeatKey> inserted = new HashSet<>();
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    inserted.add(new HeartbeatKey(result.getObject(1, UUID.class), result.getInt(2)));
                }
            }
            return inserted;
        }
    }

    private static Array array(
            Connection connection, String type, List<HeartbeatRow> rows, Function<HeartbeatRow, Object> column)
            throws SQLException {
        Object[] values = rows.stream().map(column).toArray();
        return connection.createArrayOf(type, Arrays.copyOf(values, values.length, Object[].class));
    }

    Totals totals(UUID sessionId, LocalDate month) {
        var row = dsl.fetchSingle(
                "SELECT count(*), coalesce(sum(seconds_played), 0) FROM distribution.heartbeat"
                        + " WHERE session_id = {0} AND session_month = CAST({1} AS DATE)",
                DSL.val(sessionId), DSL.val(month.toString()));
        return new Totals(row.get(0, Integer.class), row.get(1, Long.class));
    }

    /** Serialises the closes of one viewer so the daily and loop rules see each other's records. */
    void lockViewer(String viewerId) {
        dsl.fetch("SELECT pg_advisory_xact_lock(hashtext({0}))", DSL.val("metering-viewer:" + viewerId));
    }

    long viewerSecondsBetween(String viewerId, Instant from, Instant to) {
        return dsl.fetchSingle(
                        "SELECT coalesce(sum(seconds_played), 0) FROM distribution.play_record"
                                + " WHERE viewer_id = {0} AND started_at >= {1} AND started_at < {2}",
                        DSL.val(viewerId), DSL.val(utc(from)), DSL.val(utc(to)))
                .get(0, Long.class);
    }

    long shortPlaysOfWork(String viewerId, String workId, Instant from, Instant to, long maxSeconds) {
        return dsl.fetchCount(
                PLAY_RECORD,
                PLAY_RECORD.VIEWER_ID.eq(viewerId),
                PLAY_RECORD.WORK_ID.eq(workId),
                PLAY_RECORD.STARTED_AT.ge(utc(from)),
                PLAY_RECORD.STARTED_AT.le(utc(to)),
                PLAY_RECORD.SECONDS_PLAYED.le(maxSeconds));
    }

    void insertPlayRecord(PlayRecord record) {
        dsl.insertInto(PLAY_RECORD)
                .set(PLAY_RECORD.SESSION_ID, record.sessionId())
                .set(PLAY_RECORD.VIEWER_ID, record.viewerId())
                .set(PLAY_RECORD.WORK_ID, record.workId())
                .set(PLAY_RECORD.CONTENT_TYPE, record.contentType().name())
                .set(PLAY_RECORD.TERRITORY, record.territory().code())
                .set(PLAY_RECORD.STARTED_AT, utc(record.startedAt()))
                .set(PLAY_RECORD.CLOSED_AT, utc(record.closedAt()))
                .set(PLAY_RECORD.HEARTBEAT_COUNT, record.heartbeatCount())
                .set(PLAY_RECORD.SECONDS_PLAYED, record.secondsPlayed())
                .set(PLAY_RECORD.QUALIFIED, record.qualified())
                .set(PLAY_RECORD.FLAGS, record.flags().stream().map(Enum::name).collect(Collectors.joining(",")))
                .execute();
    }

    Optional<PlayRecord> findPlayRecord(UUID sessionId) {
        return dsl.selectFrom(PLAY_RECORD)
                .where(PLAY_RECORD.SESSION_ID.eq(sessionId))
                .fetchOptional()
                .map(MeteringStore::toPlayRecord);
    }

    private static PlaySession toSession(PlaySessionRecord row) {
        return new PlaySession(
                row.getId(),
                row.getViewerId(),
                row.getWorkId(),
                ContentType.valueOf(row.getContentType()),
                Territory.of(row.getTerritory()),
                row.getStartedAt().toInstant(),
                row.getClosedAt() == null ? null : row.getClosedAt().toInstant());
    }

    private static PlayRecord toPlayRecord(PlayRecordRecord row) {
        List<PlayFlag> flags = row.getFlags().isEmpty()
                ? List.of()
                : Arrays.stream(row.getFlags().split(","))
                        .map(PlayFlag::valueOf)
                        .toList();
        return new PlayRecord(
                row.getSessionId(),
                row.getViewerId(),
                row.getWorkId(),
                ContentType.valueOf(row.getContentType()),
                Territory.of(row.getTerritory()),
                row.getStartedAt().toInstant(),
                row.getClosedAt().toInstant(),
                row.getHeartbeatCount(),
                row.getSecondsPlayed(),
                row.getQualified(),
                flags);
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
