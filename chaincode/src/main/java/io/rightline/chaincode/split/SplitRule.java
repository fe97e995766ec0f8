package io.rightline.chaincode.split;

import java.time.Instant;
import java.util.List;

/**
 * One version of a work's split rule. Never edited in place except to record approvals until it
 * becomes active; a change is a new version.
 *
 * @param proposal the rule as proposed
 * @param proposedBy owner that proposed it
 * @param proposedAt transaction timestamp of the proposal
 * @param approvals owners that approved, sorted (the proposer approves by proposing)
 * @param activatedAt transaction timestamp when the last current owner approved, or {@code null}
 */
public record SplitRule(
        ProposeSplitRequest proposal,
        String proposedBy,
        Instant proposedAt,
        List<String> approvals,
        Instant activatedAt) {

    public boolean active() {
        return activatedAt != null;
    }

    /** The instant from which the rule is in force: the later of effectiveFrom and activation. */
    public Instant inForceFrom() {
        return activatedAt == null
                ? null
                : activatedAt.isAfter(proposal.effectiveFrom()) ? activatedAt : proposal.effectiveFrom();
    }
}
