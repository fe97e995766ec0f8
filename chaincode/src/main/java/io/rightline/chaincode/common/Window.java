package io.rightline.chaincode.common;

import java.time.Instant;

/**
 * A half-open time window [start, end); a {@code null} end means open-ended.
 *
 * @param start first instant inside the window
 * @param end first instant after the window, or {@code null}
 */
public record Window(Instant start, Instant end) {

    public Window {
        if (start == null) {
            throw Refusals.refuse(ErrorCode.INVALID_WINDOW, "window start is required");
        }
        if (end != null && !end.isAfter(start)) {
            throw Refusals.refuse(ErrorCode.INVALID_WINDOW, "window end " + end + " is not after start " + start);
        }
    }

    /** True when {@code instant} lies in [start, end). */
    public boolean contains(Instant instant) {
        return !instant.isBefore(start) && (end == null || instant.isBefore(end));
    }

    /** True when the two half-open windows share at least one instant. */
    public boolean overlaps(Window other) {
        boolean thisStartsBeforeOtherEnds = other.end == null || start.isBefore(other.end);
        boolean otherStartsBeforeThisEnds = end == null || other.start.isBefore(end);
        return thisStartsBeforeOtherEnds && otherStartsBeforeThisEnds;
    }
}
