package io.rightline.distribution.metering;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Metering of playback: sessions, heartbeats and the play records settlement reads.
 *
 * <pre>{@code
 * PlaySession session = metering.open("user-viewer", new OpenSessionRequest("work-1", "music", "DE"));
 * metering.ingest("user-viewer", List.of(new Heartbeat(session.id().toString(), 0, 10_000L, 10, "...")));
 * PlayRecord record = metering.close("user-viewer", session.id());
 * }</pre>
 */
public interface Metering {
    /** Opens a session for the viewer; playback authorisation will call this once licences exist. */
    PlaySession open(String viewerId, OpenSessionRequest request);

    /** Stores a batch of heartbeats, idempotent per (session, sequence); never fails for one bad item. */
    HeartbeatBatchResult ingest(String viewerId, List<Heartbeat> heartbeats);

    /** Closes the session and returns its play record; closing again returns the same record. */
    PlayRecord close(String viewerId, UUID sessionId);

    /** The session with this id, if any. */
    Optional<PlaySession> session(UUID sessionId);

    /** The play record of this session, once it is closed. */
    Optional<PlayRecord> playRecord(UUID sessionId);
}
