package io.rightline.distribution.metering;

import java.util.List;

/**
 * Outcome of a heartbeat batch, per item and in total.
 *
 * @param accepted heartbeats stored by this request
 * @param duplicates heartbeats that were already stored
 * @param rejected heartbeats refused
 * @param items one result per request item, in request order
 */
public record HeartbeatBatchResult(int accepted, int duplicates, int rejected, List<HeartbeatResult> items) {
    public HeartbeatBatchResult {
        items = List.copyOf(items);
    }
}
