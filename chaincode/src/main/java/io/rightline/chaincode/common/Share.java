package io.rightline.chaincode.common;

/**
 * One party's share in basis points.
 *
 * @param partyId the party
 * @param shareBps share in basis points, 1..10000
 */
public record Share(String partyId, int shareBps) {

    public Share {
        Ids.require(partyId, "partyId");
        BasisPoints.requireShare(shareBps, "share of " + partyId);
    }
}
