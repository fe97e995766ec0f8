package io.rightline.chaincode.common;

import io.rightline.chaincode.Fixture;
import io.rightline.network.identity.Identity;
import io.rightline.testsupport.chaincode.Anchors;
import io.rightline.testsupport.chaincode.Auctions;
import io.rightline.testsupport.chaincode.Editions;
import io.rightline.testsupport.chaincode.Licences;
import io.rightline.testsupport.chaincode.Splits;
import io.rightline.testsupport.chaincode.Works;
import java.util.List;
import java.util.Map;
import org.json.JSONObject;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Each role can do only its own actions; another creator cannot license, re-split or transfer your work. */
class RoleBoundaryTest {

    private final Fixture f = new Fixture().withWork();

    private static String transfer() {
        return new JSONObject(Map.of("transferId", "t1", "workId", "work-1", "toPartyId", "bob", "shareBps", 1))
                .toString();
    }

    @Nested
    class AnotherCreator {

        @Test
        void cannot_license_resplit_transfer_auction_or_cap_your_work() {
            f.refused(
                    ErrorCode.NOT_OWNER,
                    f.bob,
                    ctx -> f.licences.grantLicence(ctx, Licences.aLicence().json()));
            f.refused(
                    ErrorCode.NOT_OWNER,
                    f.bob,
                    ctx -> f.splits.proposeSplit(ctx, Splits.aSplit().json()));
            f.refused(ErrorCode.NOT_OWNER, f.bob, ctx -> f.works.transferShare(ctx, transfer()));
            f.refused(
                    ErrorCode.NOT_OWNER,
                    f.bob,
                    ctx -> f.auctions.openAuction(ctx, Auctions.anAuction().json()));
            f.refused(ErrorCode.NOT_OWNER, f.bob, ctx -> f.nfts.setEditionCap(ctx, "work-1", 10));
        }
    }

    @Nested
    class NonCreators {

        @Test
        void distributors_collectors_auditors_and_platform_cannot_do_creator_actions() {
            for (Identity caller : List.of(f.distA, f.collector, f.auditor, f.platform)) {
                f.refused(
                        ErrorCode.ROLE_NOT_ALLOWED,
                        caller,
                        ctx -> f.works.registerWork(ctx, Works.aWork("w-x").json()));
                f.refused(
                        ErrorCode.ROLE_NOT_ALLOWED,
                        caller,
                        ctx -> f.licences.grantLicence(ctx, Licences.aLicence().json()));
                f.refused(
                        ErrorCode.ROLE_NOT_ALLOWED,
                        caller,
                        ctx -> f.splits.proposeSplit(ctx, Splits.aSplit().json()));
                f.refused(ErrorCode.ROLE_NOT_ALLOWED, caller, ctx -> f.works.transferShare(ctx, transfer()));
            }
        }

        @Test
        void only_the_platform_anchors_and_links_editions() {
            for (Identity caller : List.of(f.alice, f.distA, f.collector, f.auditor)) {
                f.refused(
                        ErrorCode.ROLE_NOT_ALLOWED,
                        caller,
                        ctx -> f.anchors.recordAnchor(
                                ctx, Anchors.anAnchor("a1").json()));
                f.refused(
                        ErrorCode.ROLE_NOT_ALLOWED,
                        caller,
                        ctx -> f.nfts.linkEdition(ctx, Editions.anEdition(1).json()));
            }
        }

        @Test
        void only_distributors_bid() {
            f.submit(
                    f.alice,
                    ctx -> f.auctions.openAuction(ctx, Auctions.anAuction().json()));
            String commitment = "0".repeat(64);
            for (Identity caller : List.of(f.alice, f.collector, f.auditor, f.platform)) {
                f.refused(
                        ErrorCode.ROLE_NOT_ALLOWED, caller, ctx -> f.auctions.commitBid(ctx, "auction-1", commitment));
            }
        }
    }
}
