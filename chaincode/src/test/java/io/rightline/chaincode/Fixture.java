package io.rightline.chaincode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.rightline.chaincode.anchor.AnchorContract;
import io.rightline.chaincode.auction.AuctionContract;
import io.rightline.chaincode.common.ErrorCode;
import io.rightline.chaincode.licence.LicenceContract;
import io.rightline.chaincode.nft.NftContract;
import io.rightline.chaincode.party.PartyContract;
import io.rightline.chaincode.split.SplitContract;
import io.rightline.chaincode.work.WorkContract;
import io.rightline.network.identity.Identity;
import io.rightline.testsupport.chaincode.Parties;
import io.rightline.testsupport.chaincode.Works;
import io.rightline.testsupport.ledger.ChaincodeTestLedger;
import io.rightline.testsupport.ledger.TestIdentities;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.function.Function;
import org.hyperledger.fabric.contract.Context;
import org.hyperledger.fabric.shim.ChaincodeException;
import org.json.JSONArray;
import org.json.JSONObject;

/**
 * A ledger with every contract and registered parties: platform, creators alice/bob/carol,
 * distributors dist-a/dist-b/dist-c, collector coll, auditor aud. Work {@code work-1} is registered by
 * {@link #withWork()}.
 */
public final class Fixture {

    public static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    public final ChaincodeTestLedger ledger = new ChaincodeTestLedger(T0);
    public final PartyContract parties = new PartyContract();
    public final WorkContract works = new WorkContract();
    public final LicenceContract licences = new LicenceContract();
    public final AuctionContract auctions = new AuctionContract();
    public final SplitContract splits = new SplitContract();
    public final AnchorContract anchors = new AnchorContract();
    public final NftContract nfts = new NftContract();

    public final Identity platform = TestIdentities.platform();
    public final Identity alice = TestIdentities.creator("alice");
    public final Identity bob = TestIdentities.creator("bob");
    public final Identity carol = TestIdentities.creator("carol");
    public final Identity distA = TestIdentities.distributor("dist-a");
    public final Identity distB = TestIdentities.distributor("dist-b");
    public final Identity distC = TestIdentities.distributor("dist-c");
    public final Identity collector = TestIdentities.collector("coll");
    public final Identity auditor = TestIdentities.auditor("aud");

    public Fixture() {
        submit(
                platform,
                ctx -> parties.registerParty(
                        ctx, Parties.aParty("platform", "platform").json()));
        for (String creator : new String[] {"alice", "bob", "carol"}) {
            submit(
                    TestIdentities.creator(creator),
                    ctx -> parties.registerParty(
                            ctx, Parties.aParty(creator, "creator").json()));
        }
        for (String distributor : new String[] {"dist-a", "dist-b", "dist-c"}) {
            submit(
                    platform,
                    ctx -> parties.registerParty(
                            ctx,
                            Parties.aParty(distributor, "distributor")
                                    .with("mspId", TestIdentities.DISTRIBUTORS_MSP)
                                    .json()));
        }
        submit(
                collector,
                ctx -> parties.registerParty(
                        ctx, Parties.aParty("coll", "collector").json()));
        submit(
                platform,
                ctx -> parties.registerParty(
                        ctx,
                        Parties.aParty("aud", "auditor")
                                .with("mspId", TestIdentities.PLATFORM_MSP)
                                .json()));
    }

    /** Registers {@code work-1} owned 100 % by alice. */
    public Fixture withWork() {
        submit(alice, ctx -> works.registerWork(ctx, Works.aWork().json()));
        return this;
    }

    /** Runs a transaction and parses its JSON object result. */
    public JSONObject submit(Identity caller, Function<Context, String> transaction) {
        String result = ledger.submit(caller, transaction);
        return result == null || result.isEmpty() || result.startsWith("[") ? new JSONObject() : new JSONObject(result);
    }

    /** Runs a query returning a JSON array. */
    public JSONArray evaluateArray(Identity caller, Function<Context, String> query) {
        return new JSONArray(ledger.evaluate(caller, query));
    }

    /** Runs a query returning a JSON object. */
    public JSONObject evaluate(Identity caller, Function<Context, String> query) {
        return new JSONObject(ledger.evaluate(caller, query));
    }

    /** Asserts the transaction is refused with {@code code}, leaves state unchanged, and returns the message. */
    public String refused(ErrorCode code, Identity caller, Function<Context, String> transaction) {
        int stateSize = ledger.stub().worldState().size();
        int events = ledger.stub().committedEvents().size();
        ChaincodeException refusal =
                catchThrowableOfType(ChaincodeException.class, () -> ledger.submit(caller, transaction));
        assertThat(refusal).as("expected refusal " + code).isNotNull();
        assertThat(new String(refusal.getPayload(), StandardCharsets.UTF_8)).isEqualTo(code.name());
        assertThat(ledger.stub().worldState()).hasSize(stateSize);
        assertThat(ledger.stub().committedEvents()).hasSize(events);
        return refusal.getMessage();
    }

    /** The payload of the last committed event as JSON, after checking its name. */
    public JSONObject lastEvent(String expectedName) {
        var event = ledger.lastEvent();
        assertThat(event.name()).isEqualTo(expectedName);
        return new JSONObject(event.payloadText());
    }
}
