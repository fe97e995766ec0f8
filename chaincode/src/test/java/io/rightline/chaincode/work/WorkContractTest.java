package io.rightline.chaincode.work;

import static org.assertj.core.api.Assertions.assertThat;

import io.rightline.chaincode.Fixture;
import io.rightline.chaincode.common.ErrorCode;
import io.rightline.testsupport.chaincode.Works;
import java.util.List;
import java.util.Map;
import org.json.JSONObject;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class WorkContractTest {

    private final Fixture f = new Fixture();

    private static String transfer(String id, String to, int bps) {
        return new JSONObject(Map.of("transferId", id, "workId", "work-1", "toPartyId", to, "shareBps", bps))
                .toString();
    }

    @Nested
    class RegisterWork {

        @Test
        void registers_owners_and_emits_an_event() {
            JSONObject work = f.submit(
                    f.alice,
                    ctx -> f.works.registerWork(
                            ctx,
                            Works.aWork()
                                    .owners("alice", 6000, "bob", 4000)
                                    .with("identifiers", Map.of("ISRC", "US-RC1-76-07839", "ISBN", "978-0-306-40615-7"))
                                    .json()));

            assertThat(work.getJSONArray("owners").toList())
                    .isEqualTo(List.of(
                            Map.of("partyId", "alice", "shareBps", 6000), Map.of("partyId", "bob", "shareBps", 4000)));
            assertThat(work.getJSONObject("request")
                            .getJSONObject("identifiers")
                            .getString("ISRC"))
                    .isEqualTo("USRC17607839");
            assertThat(f.lastEvent("WorkRegistered").getJSONObject("work").getString("registeredBy"))
                    .isEqualTo("alice");
            String found = f.ledger.evaluate(f.bob, ctx -> f.works.findByFingerprint(ctx, Works.sha256("work-1")));
            assertThat(found).isEqualTo("work-1");
        }

        @Test
        void exact_fingerprint_already_registered_is_refused_with_the_existing_work_id() {
            f.withWork();

            String message = f.refused(
                    ErrorCode.DUPLICATE_FINGERPRINT,
                    f.bob,
                    ctx -> f.works.registerWork(
                            ctx,
                            Works.aWork("work-2")
                                    .with("sha256", Works.sha256("work-1"))
                                    .owners("bob", 10_000)
                                    .json()));
            assertThat(message).contains("work-1");

            String perceptual = f.refused(
                    ErrorCode.DUPLICATE_FINGERPRINT,
                    f.bob,
                    ctx -> f.works.registerWork(
                            ctx,
                            Works.aWork("work-3")
                                    .with(
                                            "perceptualFingerprints",
                                            Works.aWork().get("perceptualFingerprints"))
                                    .owners("bob", 10_000)
                                    .json()));
            assertThat(perceptual).contains("work-1");
        }

        @Test
        void retried_identical_request_returns_the_work_and_different_one_is_id_conflict() {
            f.withWork();
            int events = f.ledger.stub().committedEvents().size();

            JSONObject again = f.submit(
                    f.alice, ctx -> f.works.registerWork(ctx, Works.aWork().json()));

            assertThat(again.getString("registeredAt")).isEqualTo(Fixture.T0.toString());
            assertThat(f.ledger.stub().committedEvents()).hasSize(events);
            f.refused(
                    ErrorCode.ID_CONFLICT,
                    f.alice,
                    ctx -> f.works.registerWork(
                            ctx, Works.aWork().with("title", "Other").json()));
        }

        @Test
        void owner_shares_must_sum_to_10000_bps() {
            f.refused(
                    ErrorCode.SPLIT_NOT_10000_BPS,
                    f.alice,
                    ctx -> f.works.registerWork(
                            ctx,
                            Works.aWork().owners("alice", 6000, "bob", 3999).json()));
        }

        @Test
        void registering_creator_must_be_an_owner_and_owners_registered_creators() {
            f.refused(
                    ErrorCode.NOT_OWNER,
                    f.alice,
                    ctx -> f.works.registerWork(
                            ctx, Works.aWork().owners("bob", 10_000).json()));
            f.refused(
                    ErrorCode.UNKNOWN_PARTY,
                    f.alice,
                    ctx -> f.works.registerWork(
                            ctx,
                            Works.aWork().owners("alice", 5000, "dist-a", 5000).json()));
        }

        @Test
        void distributors_cannot_register_works() {
            f.refused(
                    ErrorCode.ROLE_NOT_ALLOWED,
                    f.distA,
                    ctx -> f.works.registerWork(ctx, Works.aWork().json()));
        }

        @Test
        void malformed_identifiers_are_refused() {
            for (Map<String, String> identifiers : List.of(
                    Map.of("ISRC", "US-RC1-76-0783"),
                    Map.of("ISWC", "T-034.524.680-2"),
                    Map.of("ISBN", "978-0-306-40615-8"),
                    Map.of("ISAN", "0000-0000-3A8D-0000-Y"),
                    Map.of("EIDR", "10.5240/7791-8534-2C23-9030-8610-6"),
                    Map.of("UPC", "123"))) {
                f.refused(
                        ErrorCode.INVALID_IDENTIFIER,
                        f.alice,
                        ctx -> f.works.registerWork(
                                ctx,
                                Works.aWork().with("identifiers", identifiers).json()));
            }
        }

        @Test
        void valid_check_digits_are_accepted() {
            JSONObject work = f.submit(
                    f.alice,
                    ctx -> f.works.registerWork(
                            ctx,
                            Works.aWork()
                                    .with("type", "ebook")
                                    .with(
                                            "identifiers",
                                            Map.of(
                                                    "ISWC", "T-034.524.680-1",
                                                    "ISAN", "ISAN 0000-0000-3A8D-0000-Z-0000-0000-6",
                                                    "EIDR", "10.5240/7791-8534-2C23-9030-8610-5",
                                                    "ISBN", "0-306-40615-2"))
                                    .json()));

            assertThat(work.getJSONObject("request")
                            .getJSONObject("identifiers")
                            .toMap())
                    .containsEntry("ISAN", "000000003A8D0000Z000000006")
                    .containsEntry("ISWC", "T0345246801");
            assertThat(work.getJSONObject("request").getString("type")).isEqualTo("EBOOK");
        }
    }

    @Nested
    class TransferShare {

        @Test
        void owner_moves_part_of_its_share_and_totals_stay_10000() {
            f.withWork();

            JSONObject result = f.submit(f.alice, ctx -> f.works.transferShare(ctx, transfer("t1", "bob", 2500)));

            assertThat(result.getJSONArray("ownersAfter").toList())
                    .isEqualTo(List.of(
                            Map.of("partyId", "alice", "shareBps", 7500), Map.of("partyId", "bob", "shareBps", 2500)));
            JSONObject work = f.evaluate(f.bob, ctx -> f.works.getWork(ctx, "work-1"));
            assertThat(work.getInt("ownersVersion")).isEqualTo(2);
            assertThat(f.lastEvent("ShareTransferred").getJSONObject("transfer").getString("fromPartyId"))
                    .isEqualTo("alice");
        }

        @Test
        void transferring_everything_removes_the_owner() {
            f.withWork();
            f.submit(f.alice, ctx -> f.works.transferShare(ctx, transfer("t1", "bob", 10_000)));

            JSONObject work = f.evaluate(f.bob, ctx -> f.works.getWork(ctx, "work-1"));
            assertThat(work.getJSONArray("owners").toList())
                    .isEqualTo(List.of(Map.of("partyId", "bob", "shareBps", 10_000)));
        }

        @Test
        void retried_transfer_does_not_move_the_share_twice() {
            f.withWork();
            f.submit(f.alice, ctx -> f.works.transferShare(ctx, transfer("t1", "bob", 2500)));
            f.submit(f.alice, ctx -> f.works.transferShare(ctx, transfer("t1", "bob", 2500)));

            JSONObject work = f.evaluate(f.bob, ctx -> f.works.getWork(ctx, "work-1"));
            assertThat(work.getJSONArray("owners").getJSONObject(0).getInt("shareBps"))
                    .isEqualTo(7500);
            f.refused(ErrorCode.ID_CONFLICT, f.alice, ctx -> f.works.transferShare(ctx, transfer("t1", "bob", 100)));
        }

        @Test
        void another_creator_cannot_transfer_your_work() {
            f.withWork();
            f.refused(ErrorCode.NOT_OWNER, f.bob, ctx -> f.works.transferShare(ctx, transfer("t1", "bob", 2500)));
        }

        @Test
        void cannot_transfer_more_than_held_or_to_a_non_creator() {
            f.withWork();
            f.submit(f.alice, ctx -> f.works.transferShare(ctx, transfer("t1", "bob", 5000)));
            f.refused(
                    ErrorCode.INSUFFICIENT_SHARE,
                    f.bob,
                    ctx -> f.works.transferShare(ctx, transfer("t2", "alice", 5001)));
            f.refused(
                    ErrorCode.UNKNOWN_PARTY, f.alice, ctx -> f.works.transferShare(ctx, transfer("t3", "dist-a", 100)));
        }
    }
}
