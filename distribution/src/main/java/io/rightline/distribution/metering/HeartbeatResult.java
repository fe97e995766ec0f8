package io.rightline.distribution.metering;

/**
 * Outcome of one heartbeat of a batch.
 *
 * @param index position in the request array
 * @param status accepted, duplicate or rejected
 * @param code for rejections: {@code UNKNOWN_SESSION}, {@code SESSION_CLOSED}, {@code NOT_SESSION_VIEWER},
 *     {@code INVALID_HEARTBEAT}; {@code null} otherwise
 */
public record HeartbeatResult(int index, HeartbeatStatus status, String code) {}
