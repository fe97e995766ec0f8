package io.rightline.chaincode.work;

import io.rightline.chaincode.common.BasisPoints;
import io.rightline.chaincode.common.Ids;

/**
 * Arguments of {@code works:transferShare}: the caller (an owner) moves {@code shareBps} to {@code toPartyId}.
 *
 * @param transferId client-chosen id (idempotency key)
 * @param workId the work
 * @param toPartyId receiving creator
 * @param shareBps basis points to move
 */
public record TransferShareRequest(String transferId, String workId, String toPartyId, int shareBps) {

    public TransferShareRequest {
        Ids.require(transferId, "transferId");
        Ids.require(workId, "workId");
        Ids.require(toPartyId, "toPartyId");
        BasisPoints.requireShare(shareBps, "shareBps");
    }
}
