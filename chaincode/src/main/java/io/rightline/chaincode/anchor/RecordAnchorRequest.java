package io.rightline.chaincode.anchor;

import io.rightline.chaincode.common.ErrorCode;
import io.rightline.chaincode.common.Ids;
import io.rightline.chaincode.common.Money;
import io.rightline.chaincode.common.Refusals;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Arguments of {@code anchors:recordAnchor}.
 *
 * @param anchorId client-chosen id (idempotency key)
 * @param period settlement period, e.g. {@code 2026-01}
 * @param batchId settlement batch id
 * @param merkleRoot hex SHA-256 Merkle root of the batch's statement lines
 * @param totalsMinor totals per ISO 4217 currency in minor units
 * @param previousAnchorHash hash of the current head anchor, {@code null} for the first anchor
 * @param corrects id of the anchor this one corrects, or {@code null}
 */
public record RecordAnchorRequest(
        String anchorId,
        String period,
        String batchId,
        String merkleRoot,
        Map<String, Long> totalsMinor,
        String previousAnchorHash,
        String corrects) {

    static final Pattern HASH = Pattern.compile("[0-9a-f]{64}");

    public RecordAnchorRequest {
        Ids.require(anchorId, "anchorId");
        Ids.require(period, "period");
        Ids.require(batchId, "batchId");
        if (merkleRoot == null || !HASH.matcher(merkleRoot).matches()) {
            throw Refusals.refuse(ErrorCode.INVALID_ARGUMENT, "merkleRoot must be 64 lower-case hex digits");
        }
        if (previousAnchorHash != null && !HASH.matcher(previousAnchorHash).matches()) {
            throw Refusals.refuse(ErrorCode.INVALID_ARGUMENT, "previousAnchorHash must be 64 lower-case hex digits");
        }
        if (totalsMinor == null || totalsMinor.isEmpty()) {
            throw Refusals.refuse(ErrorCode.INVALID_ARGUMENT, "totalsMinor needs at least one currency");
        }
        totalsMinor.forEach((currency, amount) -> new Money(amount == null ? -1 : amount, currency));
        totalsMinor = new TreeMap<>(totalsMinor);
        if (corrects != null) {
            Ids.require(corrects, "corrects");
        }
    }
}
