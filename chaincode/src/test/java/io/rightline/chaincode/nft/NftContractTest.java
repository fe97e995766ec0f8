package io.rightline.chaincode.nft;

import static org.assertj.core.api.Assertions.assertThat;

import io.rightline.chaincode.Fixture;
import io.rightline.chaincode.common.ErrorCode;
import io.rightline.testsupport.chaincode.Editions;
import org.json.JSONObject;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class NftContractTest {

    private final Fixture f = new Fixture().withWork();

    private JSONObject link(Editions edition) {
        return f.submit(f.platform, ctx -> f.nfts.linkEdition(ctx, edition.json()));
    }

    @Nested
    class SetEditionCap {

        @Test
        void owner_sets_the_cap_and_others_cannot() {
            JSONObject cap = f.submit(f.alice, ctx -> f.nfts.setEditionCap(ctx, "work-1", 3));

            assertThat(cap.getInt("cap")).isEqualTo(3);
            assertThat(f.lastEvent("EditionCapSet").getJSONObject("cap").getString("setBy"))
                    .isEqualTo("alice");
            f.refused(ErrorCode.NOT_OWNER, f.bob, ctx -> f.nfts.setEditionCap(ctx, "work-1", 5));
            f.refused(ErrorCode.ROLE_NOT_ALLOWED, f.platform, ctx -> f.nfts.setEditionCap(ctx, "work-1", 5));
        }

        @Test
        void cap_cannot_drop_below_a_linked_edition() {
            f.submit(f.alice, ctx -> f.nfts.setEditionCap(ctx, "work-1", 3));
            link(Editions.anEdition(3));

            f.refused(ErrorCode.EDITION_OUT_OF_RANGE, f.alice, ctx -> f.nfts.setEditionCap(ctx, "work-1", 2));
        }
    }

    @Nested
    class LinkEdition {

        @Test
        void platform_links_editions_within_the_cap() {
            f.submit(f.alice, ctx -> f.nfts.setEditionCap(ctx, "work-1", 2));
            link(Editions.anEdition(1));
            link(Editions.anEdition(2).with("contractAddress", "0x5FBDB2315678AFECB367F032D93F642F64180AA3"));

            assertThat(f.evaluateArray(f.auditor, ctx -> f.nfts.editionsOfWork(ctx, "work-1")))
                    .hasSize(2);
            assertThat(f.lastEvent("EditionLinked")
                            .getJSONObject("edition")
                            .getJSONObject("link")
                            .getString("contractAddress"))
                    .isEqualTo("0x5fbdb2315678afecb367f032d93f642f64180aa3");
            f.refused(
                    ErrorCode.EDITION_OUT_OF_RANGE,
                    f.platform,
                    ctx -> f.nfts.linkEdition(ctx, Editions.anEdition(3).json()));
            f.refused(
                    ErrorCode.EDITION_OUT_OF_RANGE,
                    f.platform,
                    ctx -> f.nfts.linkEdition(ctx, Editions.anEdition(0).json()));
        }

        @Test
        void duplicates_are_refused_and_identical_retries_return_the_link() {
            f.submit(f.alice, ctx -> f.nfts.setEditionCap(ctx, "work-1", 5));
            JSONObject first = link(Editions.anEdition(1));

            assertThat(link(Editions.anEdition(1)).toString()).isEqualTo(first.toString());
            f.refused(
                    ErrorCode.EDITION_ALREADY_LINKED,
                    f.platform,
                    ctx -> f.nfts.linkEdition(
                            ctx, Editions.anEdition(1).with("tokenId", "99").json()));
            f.refused(
                    ErrorCode.EDITION_ALREADY_LINKED,
                    f.platform,
                    ctx -> f.nfts.linkEdition(
                            ctx, Editions.anEdition(2).with("tokenId", "1").json()));
        }

        @Test
        void linking_needs_a_cap_the_platform_and_valid_chain_data() {
            f.refused(
                    ErrorCode.EDITIONS_NOT_ENABLED,
                    f.platform,
                    ctx -> f.nfts.linkEdition(ctx, Editions.anEdition(1).json()));
            f.submit(f.alice, ctx -> f.nfts.setEditionCap(ctx, "work-1", 5));
            f.refused(
                    ErrorCode.ROLE_NOT_ALLOWED,
                    f.alice,
                    ctx -> f.nfts.linkEdition(ctx, Editions.anEdition(1).json()));
            f.refused(
                    ErrorCode.ROLE_NOT_ALLOWED,
                    f.collector,
                    ctx -> f.nfts.linkEdition(ctx, Editions.anEdition(1).json()));
            f.refused(
                    ErrorCode.INVALID_ARGUMENT,
                    f.platform,
                    ctx -> f.nfts.linkEdition(
                            ctx,
                            Editions.anEdition(1).with("mintTxHash", "0x12").json()));
            f.refused(
                    ErrorCode.INVALID_ARGUMENT,
                    f.platform,
                    ctx -> f.nfts.linkEdition(
                            ctx, Editions.anEdition(1).with("tokenId", "-1").json()));
            f.refused(
                    ErrorCode.WORK_NOT_FOUND,
                    f.platform,
                    ctx -> f.nfts.linkEdition(
                            ctx, Editions.anEdition(1).with("workId", "nope").json()));
        }
    }
}
