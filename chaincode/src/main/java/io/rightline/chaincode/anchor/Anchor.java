package io.rightline.chaincode.anchor;

import java.time.Instant;

/**
 * A settlement anchor in the append-only chain.
 *
 * @param request the anchor as recorded
 * @param sequence position in the chain, from 1
 * @param recordedAt transaction timestamp
 * @param recordedBy the platform party
 * @param txId transaction that recorded it
 * @param anchorHash hex SHA-256 of the canonical JSON of this anchor without {@code anchorHash}
 */
public record Anchor(
        RecordAnchorRequest request,
        long sequence,
        Instant recordedAt,
        String recordedBy,
        String txId,
        String anchorHash) {}
