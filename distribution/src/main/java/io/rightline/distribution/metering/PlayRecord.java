package io.rightline.distribution.metering;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A closed session summarised for settlement.
 *
 * @param sessionId the session it summarises
 * @param viewerId the viewer
 * @param workId the work
 * @param contentType type of the work
 * @param territory where it was played
 * @param startedAt session start
 * @param closedAt session close
 * @param heartbeatCount distinct heartbeats received
 * @param secondsPlayed sum of {@code secondsPlayed} over distinct heartbeat sequences
 * @param qualified whether it reached the qualification threshold of its content type
 * @param flags manipulation flags, in declaration order; empty when none
 */
public record PlayRecord(
        UUID sessionId,
        String viewerId,
        String workId,
        ContentType contentType,
        Territory territory,
        Instant startedAt,
        Instant closedAt,
        int heartbeatCount,
        long secondsPlayed,
        boolean qualified,
        List<PlayFlag> flags) {

    public PlayRecord {
        flags = List.copyOf(flags);
    }
}
