package io.rightline.chaincode.party;

import static org.assertj.core.api.Assertions.assertThat;

import io.rightline.chaincode.Fixture;
import io.rightline.chaincode.common.ErrorCode;
import io.rightline.testsupport.chaincode.Parties;
import io.rightline.testsupport.ledger.TestIdentities;
import org.json.JSONObject;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class PartyContractTest {

    private final Fixture f = new Fixture();

    @Nested
    class RegisterParty {

        @Test
        void creator_registers_itself_bound_to_its_msp() {
            var dave = TestIdentities.creator("dave");

            JSONObject party = f.submit(
                    dave,
                    ctx -> f.parties.registerParty(
                            ctx,
                            Parties.aParty("dave", "creator")
                                    .with("evmAddress", "0xAbCdEf0123456789abcdef0123456789ABCDEF01")
                                    .json()));

            assertThat(party.getString("mspId")).isEqualTo(TestIdentities.CREATORS_MSP);
            assertThat(party.getString("role")).isEqualTo("CREATOR");
            assertThat(party.getString("evmAddress")).isEqualTo("0xabcdef0123456789abcdef0123456789abcdef01");
            assertThat(f.lastEvent("PartyRegistered").getJSONObject("party").getString("partyId"))
                    .isEqualTo("dave");
        }

        @Test
        void retried_identical_registration_returns_the_existing_party() {
            String first = f.ledger.evaluate(f.alice, ctx -> f.parties.getParty(ctx, "alice"));
            int events = f.ledger.stub().committedEvents().size();

            String again = f.ledger.submit(
                    f.alice,
                    ctx -> f.parties.registerParty(
                            ctx, Parties.aParty("alice", "creator").json()));

            assertThat(again).isEqualTo(first);
            assertThat(f.ledger.stub().committedEvents()).hasSize(events);
        }

        @Test
        void different_registration_under_the_same_id_is_refused() {
            f.refused(
                    ErrorCode.ID_CONFLICT,
                    f.alice,
                    ctx -> f.parties.registerParty(
                            ctx,
                            Parties.aParty("alice", "creator")
                                    .with("payoutCurrency", "USD")
                                    .json()));
        }

        @Test
        void creator_cannot_register_someone_else() {
            f.refused(
                    ErrorCode.ROLE_NOT_ALLOWED,
                    f.alice,
                    ctx -> f.parties.registerParty(
                            ctx, Parties.aParty("mallory", "creator").json()));
        }

        @Test
        void only_the_platform_registers_distributors_and_auditors() {
            var eve = TestIdentities.distributor("eve");
            f.refused(
                    ErrorCode.ROLE_NOT_ALLOWED,
                    f.alice,
                    ctx -> f.parties.registerParty(
                            ctx,
                            Parties.aParty("eve", "distributor")
                                    .with("mspId", TestIdentities.DISTRIBUTORS_MSP)
                                    .json()));
            f.refused(
                    ErrorCode.PARTY_NOT_REGISTERED,
                    eve,
                    ctx -> f.parties.registerParty(
                            ctx,
                            Parties.aParty("eve", "distributor")
                                    .with("mspId", TestIdentities.DISTRIBUTORS_MSP)
                                    .json()));
            f.refused(
                    ErrorCode.ROLE_NOT_ALLOWED,
                    f.distA,
                    ctx -> f.parties.registerParty(
                            ctx,
                            Parties.aParty("aud2", "auditor")
                                    .with("mspId", TestIdentities.PLATFORM_MSP)
                                    .json()));
        }

        @Test
        void a_second_platform_party_is_refused() {
            var other = TestIdentities.party(TestIdentities.CREATORS_MSP, "platform2", "platform");
            f.refused(
                    ErrorCode.ROLE_NOT_ALLOWED,
                    other,
                    ctx -> f.parties.registerParty(
                            ctx, Parties.aParty("platform2", "platform").json()));
        }

        @Test
        void certificate_without_party_attributes_is_refused() {
            var anonymous = TestIdentities.withoutAttributes(TestIdentities.CREATORS_MSP, "anon");
            f.refused(
                    ErrorCode.NO_PARTY_IDENTITY,
                    anonymous,
                    ctx -> f.parties.registerParty(
                            ctx, Parties.aParty("anon", "creator").json()));
        }

        @Test
        void invalid_country_currency_and_address_are_refused_with_their_codes() {
            var dave = TestIdentities.creator("dave");
            f.refused(
                    ErrorCode.INVALID_TERRITORY,
                    dave,
                    ctx -> f.parties.registerParty(
                            ctx,
                            Parties.aParty("dave", "creator")
                                    .with("residenceCountry", "XX")
                                    .json()));
            f.refused(
                    ErrorCode.INVALID_CURRENCY,
                    dave,
                    ctx -> f.parties.registerParty(
                            ctx,
                            Parties.aParty("dave", "creator")
                                    .with("payoutCurrency", "EURO")
                                    .json()));
            f.refused(
                    ErrorCode.INVALID_ARGUMENT,
                    dave,
                    ctx -> f.parties.registerParty(
                            ctx,
                            Parties.aParty("dave", "creator")
                                    .with("evmAddress", "0x123")
                                    .json()));
            f.refused(ErrorCode.INVALID_ARGUMENT, dave, ctx -> f.parties.registerParty(ctx, "{not json"));
        }

        @Test
        void same_party_id_from_another_msp_is_not_the_registered_party() {
            var impostor = TestIdentities.party(TestIdentities.DISTRIBUTORS_MSP, "alice", "creator");
            f.refused(
                    ErrorCode.PARTY_NOT_REGISTERED,
                    impostor,
                    ctx -> f.works.registerWork(
                            ctx,
                            io.rightline.testsupport.chaincode.Works.aWork().json()));
        }
    }
}
