package io.rightline.chaincode.split;

import static org.assertj.core.api.Assertions.assertThat;

import io.rightline.chaincode.Fixture;
import io.rightline.chaincode.common.ErrorCode;
import io.rightline.testsupport.chaincode.Splits;
import io.rightline.testsupport.chaincode.Works;
import java.time.Duration;
import org.json.JSONObject;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class SplitContractTest {

    private final Fixture f = new Fixture();

    SplitContractTest() {
        f.submit(
                f.alice,
                ctx -> f.works.registerWork(
                        ctx, Works.aWork().owners("alice", 6000, "bob", 4000).json()));
    }

    private JSONObject inForce(String instant) {
        return f.evaluate(f.auditor, ctx -> f.splits.ruleInForce(ctx, "work-1", instant));
    }

    @Nested
    class ProposeAndApprove {

        @Test
        void rule_activates_only_when_every_current_owner_approved() {
            f.submit(
                    f.alice,
                    ctx -> f.splits.proposeSplit(
                            ctx,
                            Splits.aSplit()
                                    .recipients("alice", 5000, "carol", 5000)
                                    .json()));
            assertThat(f.lastEvent("SplitProposed").getJSONObject("rule").has("activatedAt"))
                    .isFalse();
            f.refused(
                    ErrorCode.SPLIT_NOT_FOUND,
                    f.auditor,
                    ctx -> f.splits.ruleInForce(ctx, "work-1", "2026-03-01T00:00:00Z"));

            f.ledger.advance(Duration.ofDays(2));
            JSONObject approved = f.submit(f.bob, ctx -> f.splits.approveSplit(ctx, "work-1", 1));

            assertThat(approved.getJSONArray("approvals").toList()).containsExactly("alice", "bob");
            assertThat(f.lastEvent("SplitActivated").getString("approvedBy")).isEqualTo("bob");
            JSONObject rule = inForce("2026-03-01T00:00:00Z");
            assertThat(rule.getJSONObject("proposal")
                            .getJSONArray("recipients")
                            .getJSONObject(1)
                            .getString("partyId"))
                    .isEqualTo("carol");
            f.refused(
                    ErrorCode.SPLIT_NOT_FOUND,
                    f.auditor,
                    ctx -> f.splits.ruleInForce(ctx, "work-1", "2026-01-31T23:59:59Z"));
        }

        @Test
        void later_version_takes_over_from_its_effective_instant_and_old_version_stays_readable() {
            f.submit(
                    f.alice,
                    ctx -> f.splits.proposeSplit(
                            ctx,
                            Splits.aSplit()
                                    .recipients("alice", 6000, "bob", 4000)
                                    .json()));
            f.submit(f.bob, ctx -> f.splits.approveSplit(ctx, "work-1", 1));
            f.submit(
                    f.bob,
                    ctx -> f.splits.proposeSplit(
                            ctx,
                            Splits.aSplit()
                                    .with("version", 2)
                                    .with("effectiveFrom", "2026-06-01T00:00:00Z")
                                    .recipients("alice", 5000, "bob", 5000)
                                    .json()));
            f.submit(f.alice, ctx -> f.splits.approveSplit(ctx, "work-1", 2));

            assertThat(inForce("2026-05-31T00:00:00Z").getJSONObject("proposal").getInt("version"))
                    .isEqualTo(1);
            assertThat(inForce("2026-06-01T00:00:00Z").getJSONObject("proposal").getInt("version"))
                    .isEqualTo(2);
            assertThat(f.evaluateArray(f.auditor, ctx -> f.splits.splitRules(ctx, "work-1")))
                    .hasSize(2);
        }

        @Test
        void recipients_must_sum_to_10000_bps() {
            f.refused(
                    ErrorCode.SPLIT_NOT_10000_BPS,
                    f.alice,
                    ctx -> f.splits.proposeSplit(
                            ctx,
                            Splits.aSplit()
                                    .recipients("alice", 5000, "bob", 5001)
                                    .json()));
        }

        @Test
        void versions_are_sequential_and_never_edited_in_place() {
            f.refused(
                    ErrorCode.SPLIT_VERSION_CONFLICT,
                    f.alice,
                    ctx -> f.splits.proposeSplit(
                            ctx, Splits.aSplit().with("version", 2).json()));
            f.submit(f.alice, ctx -> f.splits.proposeSplit(ctx, Splits.aSplit().json()));
            f.submit(f.alice, ctx -> f.splits.proposeSplit(ctx, Splits.aSplit().json()));
            f.refused(
                    ErrorCode.ID_CONFLICT,
                    f.alice,
                    ctx -> f.splits.proposeSplit(
                            ctx,
                            Splits.aSplit()
                                    .recipients("alice", 5000, "bob", 5000)
                                    .json()));
        }

        @Test
        void another_creator_cannot_propose_or_approve_and_past_effective_dates_are_refused() {
            f.refused(
                    ErrorCode.NOT_OWNER,
                    f.carol,
                    ctx -> f.splits.proposeSplit(ctx, Splits.aSplit().json()));
            f.submit(f.alice, ctx -> f.splits.proposeSplit(ctx, Splits.aSplit().json()));
            f.refused(ErrorCode.NOT_OWNER, f.carol, ctx -> f.splits.approveSplit(ctx, "work-1", 1));
            f.refused(ErrorCode.SPLIT_NOT_FOUND, f.bob, ctx -> f.splits.approveSplit(ctx, "work-1", 9));
            f.refused(
                    ErrorCode.INVALID_ARGUMENT,
                    f.alice,
                    ctx -> f.splits.proposeSplit(
                            ctx,
                            Splits.aSplit()
                                    .with("version", 2)
                                    .with("effectiveFrom", "2025-12-31T00:00:00Z")
                                    .json()));
        }

        @Test
        void a_new_owner_after_a_transfer_must_also_approve() {
            f.submit(f.alice, ctx -> f.splits.proposeSplit(ctx, Splits.aSplit().json()));
            f.submit(
                    f.alice,
                    ctx -> f.works.transferShare(
                            ctx,
                            new JSONObject(java.util.Map.of(
                                            "transferId",
                                            "t1",
                                            "workId",
                                            "work-1",
                                            "toPartyId",
                                            "carol",
                                            "shareBps",
                                            1000))
                                    .toString()));

            JSONObject afterBob = f.submit(f.bob, ctx -> f.splits.approveSplit(ctx, "work-1", 1));
            assertThat(afterBob.has("activatedAt")).isFalse();
            JSONObject afterCarol = f.submit(f.carol, ctx -> f.splits.approveSplit(ctx, "work-1", 1));
            assertThat(afterCarol.getString("activatedAt")).isEqualTo(Fixture.T0.toString());
        }
    }
}
