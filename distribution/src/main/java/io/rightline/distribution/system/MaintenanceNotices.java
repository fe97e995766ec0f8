package io.rightline.distribution.system;

import io.rightline.distribution.idempotency.IdempotentRequests;
import io.rightline.distribution.outbox.Outbox;
import io.rightline.distribution.outbox.OutboxEntry;
import io.rightline.distribution.outbox.OutboxEvent;
import io.rightline.distribution.problem.ApiException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Announces maintenance windows: one outbox event per notice, idempotent under the client's key.
 */
@Service
class MaintenanceNotices {
    static final String OPERATION = "maintenance-notice.announce";
    static final String EVENT_TYPE = "maintenance-notice.announced";

    private static final Logger log = LoggerFactory.getLogger(MaintenanceNotices.class);

    private final IdempotentRequests idempotentRequests;
    private final Outbox outbox;
    private final JsonMapper json;
    private final Clock clock;

    MaintenanceNotices(IdempotentRequests idempotentRequests, Outbox outbox, JsonMapper json, Clock clock) {
        this.idempotentRequests = idempotentRequests;
        this.outbox = outbox;
        this.json = json;
        this.clock = clock;
    }

    /** Result of {@link #announce}: the notice and whether it was replayed from an earlier request. */
    record Announcement(MaintenanceNotice notice, boolean replayed) {}

    @Transactional
    Announcement announce(String idempotencyKey, MaintenanceNoticeRequest request) {
        if (!request.endsAt().isAfter(request.startsAt())) {
            throw new ApiException(
                    "MAINTENANCE_WINDOW_INVALID", HttpStatus.BAD_REQUEST, "endsAt must be after startsAt");
        }
        IdempotentRequests.Outcome outcome = idempotentRequests.execute(
                OPERATION, idempotencyKey, fingerprint(request), () -> String.valueOf(record(request)));
        long eventId = Long.parseLong(outcome.resultReference());
        OutboxEntry entry =
                outbox.find(eventId).orElseThrow(() -> new IllegalStateException("outbox event missing id=" + eventId));
        NoticePayload payload = json.readValue(entry.event().payload(), NoticePayload.class);
        MaintenanceNotice notice = new MaintenanceNotice(
                entry.event().aggregateId(),
                payload.message(),
                payload.startsAt(),
                payload.endsAt(),
                entry.occurredAt(),
                eventId);
        return new Announcement(notice, outcome.replayed());
    }

    private long record(MaintenanceNoticeRequest request) {
        String noticeId = UUID.randomUUID().toString();
        NoticePayload payload = new NoticePayload(request.message(), request.startsAt(), request.endsAt());
        long eventId = outbox.append(
                new OutboxEvent("maintenance-notice", noticeId, EVENT_TYPE, json.writeValueAsString(payload)));
        log.info("maintenance notice announced noticeId={} outboxEventId={}", noticeId, eventId);
        return eventId;
    }

    private static String fingerprint(MaintenanceNoticeRequest request) {
        String canonical = request.message() + '\n' + request.startsAt() + '\n' + request.endsAt();
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha256.digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }

    /** The event payload as written to the outbox. */
    record NoticePayload(String message, Instant startsAt, Instant endsAt) {}
}
