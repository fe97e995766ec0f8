package io.rightline.chaincode.split;

import io.rightline.chaincode.common.BasisPoints;
import io.rightline.chaincode.common.ErrorCode;
import io.rightline.chaincode.common.Ids;
import io.rightline.chaincode.common.Refusals;
import io.rightline.chaincode.common.Share;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Arguments of {@code splits:proposeSplit}.
 *
 * @param workId the work
 * @param version the next version number (1 for the first rule)
 * @param recipients parties and their shares, summing to 10 000 bps
 * @param effectiveFrom first instant the rule may apply to; not before the proposal
 */
public record ProposeSplitRequest(String workId, int version, List<Share> recipients, Instant effectiveFrom) {

    public ProposeSplitRequest {
        Ids.require(workId, "workId");
        if (version < 1) {
            throw Refusals.refuse(ErrorCode.INVALID_ARGUMENT, "version must be 1 or more");
        }
        if (recipients == null || recipients.isEmpty()) {
            throw Refusals.refuse(ErrorCode.INVALID_ARGUMENT, "at least one recipient is required");
        }
        Set<String> seen = new HashSet<>();
        recipients.forEach(recipient -> {
            if (recipient == null || !seen.add(recipient.partyId())) {
                throw Refusals.refuse(ErrorCode.INVALID_ARGUMENT, "recipients must be distinct parties");
            }
        });
        BasisPoints.requireWhole(recipients.stream().map(Share::shareBps).toList());
        recipients =
                recipients.stream().sorted(Comparator.comparing(Share::partyId)).toList();
        if (effectiveFrom == null) {
            throw Refusals.refuse(ErrorCode.INVALID_ARGUMENT, "effectiveFrom is required");
        }
    }
}
