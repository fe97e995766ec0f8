package io.rightline.chaincode.work;

import io.rightline.chaincode.common.Share;
import java.time.Instant;
import java.util.List;

/**
 * A completed share transfer.
 *
 * @param request the request as submitted
 * @param fromPartyId the owner that gave the share
 * @param transferredAt transaction timestamp
 * @param ownersAfter owners after the transfer
 */
public record ShareTransfer(
        TransferShareRequest request, String fromPartyId, Instant transferredAt, List<Share> ownersAfter) {}
