package io.rightline.distribution.system;

import java.time.Instant;

/**
 * An announced maintenance window.
 *
 * @param id the notice's identifier
 * @param message what users will see
 * @param startsAt start of the window
 * @param endsAt end of the window
 * @param announcedAt when it was announced
 * @param outboxEventId id of the outbox event that announces it
 */
public record MaintenanceNotice(
        String id, String message, Instant startsAt, Instant endsAt, Instant announcedAt, long outboxEventId) {}
