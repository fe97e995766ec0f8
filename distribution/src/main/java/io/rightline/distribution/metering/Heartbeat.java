package io.rightline.distribution.metering;

/**
 * One heartbeat as sent by a player. Fields are loose (strings, boxed numbers) so that one bad item
 * is rejected on its own instead of failing the whole batch.
 *
 * @param sessionId id of an open session of the caller (UUID)
 * @param sequence 0-based number of the heartbeat within the session; the idempotency key with the session
 * @param positionMs playback position in milliseconds
 * @param secondsPlayed seconds played since the previous heartbeat
 * @param sentAt ISO-8601 instant the player sent it
 */
public record Heartbeat(String sessionId, Integer sequence, Long positionMs, Integer secondsPlayed, String sentAt) {}
