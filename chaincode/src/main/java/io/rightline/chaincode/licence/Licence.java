package io.rightline.chaincode.licence;

import java.time.Instant;

/**
 * A granted licence.
 *
 * @param grant the grant's terms as requested
 * @param grantorPartyId the owner that granted it (or the auction's seller)
 * @param auctionId the auction that awarded it, or {@code null} for a direct grant
 * @param grantedAt transaction timestamp of the grant
 * @param revokedAt transaction timestamp of revocation, or {@code null} while active
 */
public record Licence(
        GrantLicenceRequest grant, String grantorPartyId, String auctionId, Instant grantedAt, Instant revokedAt) {

    public String licenceId() {
        return grant.licenceId();
    }

    public boolean active() {
        return revokedAt == null;
    }
}
