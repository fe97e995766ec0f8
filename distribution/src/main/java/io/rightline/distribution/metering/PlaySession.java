package io.rightline.distribution.metering;

import java.time.Instant;
import java.util.UUID;

/**
 * A viewer's playback of one work, to which heartbeats are sent until it is closed.
 *
 * @param id session id, the key of every heartbeat
 * @param viewerId user id of the viewer; only this user may send heartbeats
 * @param workId the work played
 * @param contentType type of the work
 * @param territory where it is played
 * @param startedAt when the session was opened
 * @param closedAt when it was closed, {@code null} while open
 */
public record PlaySession(
        UUID id,
        String viewerId,
        String workId,
        ContentType contentType,
        Territory territory,
        Instant startedAt,
        Instant closedAt) {

    /** Whether the session no longer takes heartbeats. */
    public boolean closed() {
        return closedAt != null;
    }
}
