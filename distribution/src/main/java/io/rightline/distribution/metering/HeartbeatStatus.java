package io.rightline.distribution.metering;

/** What happened to one heartbeat of a batch. */
public enum HeartbeatStatus {
    /** Stored now. */
    ACCEPTED,
    /** Already stored earlier (or earlier in the same batch); not counted again. */
    DUPLICATE,
    /** Not stored; the item's {@code code} says why. */
    REJECTED
}
