package io.rightline.ledger.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rightline.ledger.ChaincodeEvent;
import io.rightline.ledger.Committed;
import io.rightline.ledger.EventStream;
import io.rightline.ledger.Ledger;
import io.rightline.ledger.LedgerErrorCode;
import io.rightline.ledger.LedgerException;
import io.rightline.ledger.RightsClient;
import io.rightline.network.identity.Identity;
import io.rightline.network.identity.PartyAttributes;
import java.time.Duration;
import java.util.HexFormat;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Chaincode scenarios at the gateway level, through the typed client, against any backend: parties register, works
 * register with their owners, duplicates and strangers are refused with the chaincode's codes, licences are granted
 * and answer playback questions.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class RightsScenariosTest {
    protected LedgerBackend backend;
    protected Ledger ledger;
    protected RightsClient rights;
    private Identity platform;
    private Identity creator;
    private Identity distributor;
    private String creatorId;
    private String distributorId;

    /** The backend under test. */
    protected abstract LedgerBackend createBackend();

    @BeforeAll
    void setUp() {
        backend = createBackend();
        ledger = backend.open();
        rights = new RightsClient(ledger);
        String run = UUID.randomUUID().toString().substring(0, 8);
        String platformId = "platform-" + run;
        creatorId = "creator-" + run;
        distributorId = "distributor-" + run;
        platform = ledger.membership()
                .issueClient("PlatformMSP", platformId, PartyAttributes.of(platformId, PartyAttributes.ROLE_PLATFORM));
        creator = ledger.membership()
                .issueClient("PlatformMSP", creatorId, PartyAttributes.of(creatorId, PartyAttributes.ROLE_CREATOR));
        distributor = ledger.membership()
                .issueClient(
                        "DistributorMSP",
                        distributorId,
                        PartyAttributes.of(distributorId, PartyAttributes.ROLE_DISTRIBUTOR));
        rights.registerParty(platform, party(platformId, "PLATFORM", null));
        rights.registerParty(creator, party(creatorId, "CREATOR", null));
        rights.registerParty(platform, party(distributorId, "DISTRIBUTOR", "DistributorMSP"));
    }

    @AfterAll
    void tearDown() {
        ledger.close();
        backend.close();
    }

    private static String party(String partyId, String role, String mspId) {
        return "{\"partyId\":\"" + partyId + "\",\"role\":\"" + role + "\""
                + (mspId == null ? "" : ",\"mspId\":\"" + mspId + "\"")
                + ",\"residenceCountry\":\"DE\",\"payoutCurrency\":\"EUR\"}";
    }

    private String work(String workId, String sha256) {
        return "{\"workId\":\"" + workId + "\",\"sha256\":\"" + sha256
                + "\",\"type\":\"VIDEO\",\"title\":\"Night Train\"," + "\"owners\":[{\"partyId\":\"" + creatorId
                + "\",\"shareBps\":10000}]}";
    }

    private static String sha256() {
        return HexFormat.of().formatHex(UUID.randomUUID().toString().repeat(2).getBytes(), 0, 32);
    }

    private static String id(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Nested
    class Parties {
        @Test
        void registered_party_is_readable_with_its_msp() {
            String party = rights.getParty(creator, creatorId);

            assertThat(party).contains("\"partyId\":\"" + creatorId + "\"").contains("PlatformMSP");
        }
    }

    @Nested
    class Works {
        @Test
        void creator_registers_a_work_and_it_is_found_by_id() {
            String workId = id("work");

            Committed committed = rights.registerWork(creator, work(workId, sha256()));

            assertThat(committed.payloadText()).contains(workId);
            assertThat(rights.getWork(distributor, workId)).contains(workId).contains(creatorId);
        }

        @Test
        void registration_emits_a_chaincode_event() {
            long from = ledger.height() + 1;
            String workId = id("work");

            rights.registerWork(creator, work(workId, sha256()));

            try (EventStream<ChaincodeEvent> events = ledger.chaincodeEvents(from)) {
                ChaincodeEvent event = events.next(Duration.ofSeconds(10)).orElseThrow();
                assertThat(event.payloadText()).contains(workId);
            }
        }

        @Test
        void duplicate_fingerprint_is_refused_with_the_chaincode_code_and_nothing_is_committed() {
            String sha = sha256();
            rights.registerWork(creator, work(id("work"), sha));
            long height = ledger.height();

            assertThatThrownBy(() -> rights.registerWork(creator, work(id("work"), sha)))
                    .isInstanceOfSatisfying(LedgerException.class, e -> {
                        assertThat(e.errorCode()).isEqualTo(LedgerErrorCode.CHAINCODE_ERROR);
                        assertThat(e.chaincodeErrorCode()).contains("DUPLICATE_FINGERPRINT");
                    });
            assertThat(ledger.height()).isEqualTo(height);
        }

        @Test
        void distributor_may_not_register_works() {
            assertThatThrownBy(() -> rights.registerWork(distributor, work(id("work"), sha256())))
                    .isInstanceOfSatisfying(
                            LedgerException.class,
                            e -> assertThat(e.chaincodeErrorCode()).isPresent());
        }
    }

    @Nested
    class Licences {
        @Test
        void granted_licence_answers_is_licensed_for_its_territory_only() {
            String workId = id("work");
            rights.registerWork(creator, work(workId, sha256()));
            String licenceId = id("licence");

            rights.grantLicence(
                    creator,
                    "{\"licenceId\":\"" + licenceId + "\",\"workId\":\"" + workId + "\",\"licenseePartyId\":\""
                            + distributorId + "\",\"territories\":{\"include\":[\"DE\",\"AT\"],\"exclude\":[]},"
                            + "\"window\":{\"start\":\"2026-01-01T00:00:00Z\",\"end\":\"2027-01-01T00:00:00Z\"},"
                            + "\"channel\":\"SVOD\",\"exclusive\":false,"
                            + "\"terms\":{\"fixedFee\":{\"amountMinor\":50000,\"currency\":\"EUR\"}}}");

            assertThat(rights.getLicence(distributor, licenceId)).contains(licenceId);
            assertThat(rights.isLicensed(distributor, workId, "DE", "SVOD", "2026-06-01T00:00:00Z"))
                    .contains("true");
            assertThat(rights.isLicensed(distributor, workId, "FR", "SVOD", "2026-06-01T00:00:00Z"))
                    .doesNotContain("true");
        }
    }
}
