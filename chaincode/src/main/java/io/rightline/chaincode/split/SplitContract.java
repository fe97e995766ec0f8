package io.rightline.chaincode.split;

import io.rightline.chaincode.common.Callers;
import io.rightline.chaincode.common.ErrorCode;
import io.rightline.chaincode.common.Json;
import io.rightline.chaincode.common.Ledger;
import io.rightline.chaincode.common.Party;
import io.rightline.chaincode.common.PartyRole;
import io.rightline.chaincode.common.Refusals;
import io.rightline.chaincode.common.Share;
import io.rightline.chaincode.work.Work;
import io.rightline.chaincode.work.Works;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.hyperledger.fabric.contract.Context;
import org.hyperledger.fabric.contract.ContractInterface;
import org.hyperledger.fabric.contract.annotation.Contract;
import org.hyperledger.fabric.contract.annotation.Info;
import org.hyperledger.fabric.contract.annotation.Transaction;

/**
 * Versioned revenue-split rules. A rule becomes active when every current owner of the work has
 * approved it with their own identity; it is in force from the later of its effectiveFrom and its
 * activation, until a later active version takes over.
 */
@Contract(name = "splits", info = @Info(title = "Rightline split rules", version = "1"))
public final class SplitContract implements ContractInterface {

    static final String SPLIT_KEY = "split";

    /** Proposes the next version; the proposer (an owner) approves it by proposing. */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String proposeSplit(Context ctx, String requestJson) {
        Party caller = Callers.require(ctx, PartyRole.CREATOR);
        ProposeSplitRequest request = Json.read(requestJson, ProposeSplitRequest.class);
        Work work = Works.requireOwned(ctx, request.workId(), caller);
        Optional<SplitRule> existing = find(ctx, request.workId(), request.version());
        if (existing.isPresent()) {
            if (!existing.get().proposal().equals(request)) {
                throw Refusals.refuse(ErrorCode.ID_CONFLICT, "version " + request.version() + " differs");
            }
            return Json.write(existing.get());
        }
        int latest = versions(ctx, request.workId()).stream()
                .mapToInt(rule -> rule.proposal().version())
                .max()
                .orElse(0);
        if (request.version() != latest + 1) {
            throw Refusals.refuse(
                    ErrorCode.SPLIT_VERSION_CONFLICT, "next version is " + (latest + 1) + ", not " + request.version());
        }
        Instant now = Ledger.now(ctx);
        if (request.effectiveFrom().isBefore(now)) {
            throw Refusals.refuse(
                    ErrorCode.INVALID_ARGUMENT, "effectiveFrom is in the past: " + request.effectiveFrom());
        }
        request.recipients().forEach(recipient -> Callers.requireParty(ctx, recipient.partyId(), PartyRole.values()));
        List<String> approvals = List.of(caller.partyId());
        SplitRule rule = new SplitRule(request, caller.partyId(), now, approvals, activation(work, approvals, now));
        Ledger.put(ctx, key(ctx, request.workId(), request.version()), rule);
        Ledger.emit(ctx, "SplitProposed", Map.of("rule", rule));
        return Json.write(rule);
    }

    /** Records the caller's approval; the rule activates when all current owners have approved. */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String approveSplit(Context ctx, String workId, int version) {
        Party caller = Callers.require(ctx, PartyRole.CREATOR);
        Work work = Works.requireOwned(ctx, workId, caller);
        SplitRule rule = find(ctx, workId, version)
                .orElseThrow(
                        () -> Refusals.refuse(ErrorCode.SPLIT_NOT_FOUND, "no version " + version + " for " + workId));
        if (rule.active() || rule.approvals().contains(caller.partyId())) {
            if (rule.approvals().contains(caller.partyId())) {
                return Json.write(rule);
            }
            throw Refusals.refuse(ErrorCode.SPLIT_NOT_PROPOSED, "version " + version + " is already active");
        }
        TreeSet<String> approvals = new TreeSet<>(rule.approvals());
        approvals.add(caller.partyId());
        Instant now = Ledger.now(ctx);
        List<String> sorted = List.copyOf(approvals);
        SplitRule approved = new SplitRule(
                rule.proposal(), rule.proposedBy(), rule.proposedAt(), sorted, activation(work, sorted, now));
        Ledger.put(ctx, key(ctx, workId, version), approved);
        Ledger.emit(
                ctx,
                approved.active() ? "SplitActivated" : "SplitApproved",
                Map.of("rule", approved, "approvedBy", caller.partyId()));
        return Json.write(approved);
    }

    /** The rule in force for the work at {@code instant}: the active version with the latest in-force start not after it. */
    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public String ruleInForce(Context ctx, String workId, String instant) {
        Instant at = parseInstant(instant);
        Works.require(ctx, workId);
        return Json.write(inForce(versions(ctx, workId), at)
                .orElseThrow(() ->
                        Refusals.refuse(ErrorCode.SPLIT_NOT_FOUND, "no rule in force for " + workId + " at " + at)));
    }

    /** Every version of the work's rule, oldest first. */
    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public String splitRules(Context ctx, String workId) {
        return Json.write(versions(ctx, workId));
    }

    /** The active rule with the latest in-force start not after {@code at}; ties go to the higher version. */
    static Optional<SplitRule> inForce(List<SplitRule> rules, Instant at) {
        return rules.stream()
                .filter(SplitRule::active)
                .filter(rule -> !rule.inForceFrom().isAfter(at))
                .max(Comparator.comparing(SplitRule::inForceFrom)
                        .thenComparingInt(rule -> rule.proposal().version()));
    }

    private static Instant activation(Work work, List<String> approvals, Instant now) {
        return work.owners().stream().map(Share::partyId).allMatch(approvals::contains) ? now : null;
    }

    private static Optional<SplitRule> find(Context ctx, String workId, int version) {
        return Ledger.get(ctx, key(ctx, workId, version), SplitRule.class);
    }

    private static List<SplitRule> versions(Context ctx, String workId) {
        List<SplitRule> rules = new ArrayList<>();
        Ledger.byPrefix(ctx, SPLIT_KEY, workId)
                .forEach(entry -> rules.add(Json.fromBytes(entry.getValue(), SplitRule.class)));
        return rules;
    }

    private static String key(Context ctx, String workId, int version) {
        return Ledger.key(ctx, SPLIT_KEY, workId, String.format("%010d", version));
    }

    private static Instant parseInstant(String instant) {
        try {
            return Instant.parse(instant);
        } catch (DateTimeParseException | NullPointerException e) {
            throw Refusals.refuse(ErrorCode.INVALID_ARGUMENT, "not an ISO-8601 instant: " + instant);
        }
    }
}
