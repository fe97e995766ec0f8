package io.rightline.chaincode.licence;

import io.rightline.chaincode.common.ErrorCode;
import io.rightline.chaincode.common.Ids;
import io.rightline.chaincode.common.Refusals;
import io.rightline.chaincode.common.TerritorySet;
import io.rightline.chaincode.common.Window;

/**
 * Arguments of {@code licences:grantLicence}.
 *
 * @param licenceId client-chosen licence id (idempotency key)
 * @param workId the licensed work
 * @param licenseePartyId the distributor receiving the licence
 * @param territories covered territories with exclusions
 * @param window [start, end), end optional
 * @param channel the channel
 * @param exclusive whether the grant is exclusive
 * @param terms fee and/or revenue share
 */
public record GrantLicenceRequest(
        String licenceId,
        String workId,
        String licenseePartyId,
        TerritorySet territories,
        Window window,
        Channel channel,
        boolean exclusive,
        Terms terms) {

    public GrantLicenceRequest {
        Ids.require(licenceId, "licenceId");
        Ids.require(workId, "workId");
        Ids.require(licenseePartyId, "licenseePartyId");
        if (territories == null) {
            throw Refusals.refuse(ErrorCode.INVALID_TERRITORY, "territories are required");
        }
        if (window == null) {
            throw Refusals.refuse(ErrorCode.INVALID_WINDOW, "window is required");
        }
        if (channel == null || terms == null) {
            throw Refusals.refuse(ErrorCode.INVALID_ARGUMENT, "channel and terms are required");
        }
    }
}
