package io.rightline.chaincode.work;

import io.rightline.chaincode.common.Share;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A registered work and its current owners.
 *
 * @param request the registration as submitted (kept for idempotent retries)
 * @param owners current owners, sorted by party id, shares summing to 10 000 bps
 * @param registeredAt transaction timestamp of registration
 * @param registeredBy the creator that registered it
 * @param ownersVersion incremented by every share transfer
 */
public record Work(
        RegisterWorkRequest request, List<Share> owners, Instant registeredAt, String registeredBy, int ownersVersion) {

    public String workId() {
        return request.workId();
    }

    /** The owner's share, if {@code partyId} owns part of the work. */
    public Optional<Share> ownerShare(String partyId) {
        return owners.stream().filter(s -> s.partyId().equals(partyId)).findFirst();
    }

    public boolean isOwner(String partyId) {
        return ownerShare(partyId).isPresent();
    }
}
