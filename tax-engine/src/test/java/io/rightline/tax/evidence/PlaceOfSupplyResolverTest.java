package io.rightline.tax.evidence;

import static io.rightline.tax.evidence.EvidenceType.BANK_DETAILS;
import static io.rightline.tax.evidence.EvidenceType.BILLING_ADDRESS;
import static io.rightline.tax.evidence.EvidenceType.DECODER_LOCATION;
import static io.rightline.tax.evidence.EvidenceType.FIXED_LINE;
import static io.rightline.tax.evidence.EvidenceType.IP_ADDRESS;
import static io.rightline.tax.evidence.EvidenceType.OTHER_COMMERCIAL;
import static io.rightline.tax.evidence.EvidenceType.PREMISES;
import static io.rightline.tax.evidence.EvidenceType.SIM_COUNTRY;
import static org.assertj.core.api.Assertions.assertThat;

import io.rightline.tax.CountryCode;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class PlaceOfSupplyResolverTest {
    private final PlaceOfSupplyResolver resolver = PlaceOfSupplyResolver.eu282();

    private static Evidence s(EvidenceType type, String country) {
        return Evidence.supplier(type, country);
    }

    private static Evidence t(EvidenceType type, String country) {
        return Evidence.thirdParty(type, country);
    }

    private PlaceOfSupply locate(SupplyChannel channel, boolean simplified, Evidence... items) {
        return resolver.locate(new LocationEvidence(channel, List.of(items), simplified));
    }

    private static void assertDetermined(PlaceOfSupply place, String country, PlaceOfSupplyRule rule) {
        assertThat(place).isInstanceOfSatisfying(PlaceOfSupply.Determined.class, d -> {
            assertThat(d.country()).isEqualTo(CountryCode.of(country));
            assertThat(d.rule()).isEqualTo(rule);
        });
    }

    @Nested
    class Two_items_of_evidence {
        @Test
        void two_agreeing_items_of_different_types_locate_the_customer() {
            assertDetermined(
                    locate(SupplyChannel.INTERNET, false, s(BILLING_ADDRESS, "FR"), t(BANK_DETAILS, "FR")),
                    "FR",
                    PlaceOfSupplyRule.TWO_ITEMS_OF_EVIDENCE);
        }

        @Test
        void an_outvoted_item_is_kept_as_dissenting_evidence() {
            PlaceOfSupply place = locate(
                    SupplyChannel.INTERNET,
                    false,
                    s(BILLING_ADDRESS, "DE"),
                    s(IP_ADDRESS, "AT"),
                    t(BANK_DETAILS, "DE"));
            assertDetermined(place, "DE", PlaceOfSupplyRule.TWO_ITEMS_OF_EVIDENCE);
            PlaceOfSupply.Determined determined = (PlaceOfSupply.Determined) place;
            assertThat(determined.supporting())
                    .extracting(Evidence::type)
                    .containsExactly(BILLING_ADDRESS, BANK_DETAILS);
            assertThat(determined.dissenting()).extracting(Evidence::type).containsExactly(IP_ADDRESS);
        }

        @Test
        void two_items_of_the_same_type_count_once() {
            PlaceOfSupply place = locate(SupplyChannel.INTERNET, false, s(IP_ADDRESS, "FR"), s(IP_ADDRESS, "FR"));
            assertThat(place).isInstanceOf(PlaceOfSupply.Insufficient.class);
        }

        @Test
        void a_single_item_is_insufficient() {
            assertThat(locate(SupplyChannel.INTERNET, false, s(BILLING_ADDRESS, "FR")))
                    .isInstanceOf(PlaceOfSupply.Insufficient.class);
        }

        @Test
        void no_evidence_is_insufficient() {
            assertThat(locate(SupplyChannel.INTERNET, false)).isInstanceOf(PlaceOfSupply.Insufficient.class);
        }

        @Test
        void two_items_pointing_to_different_countries_are_contradictory() {
            PlaceOfSupply place = locate(SupplyChannel.INTERNET, false, s(BILLING_ADDRESS, "FR"), s(IP_ADDRESS, "DE"));
            assertThat(place)
                    .isInstanceOfSatisfying(
                            PlaceOfSupply.Contradictory.class,
                            c -> assertThat(c.candidates())
                                    .containsExactly(CountryCode.of("FR"), CountryCode.of("DE")));
        }

        @Test
        void two_countries_with_two_items_each_are_contradictory() {
            PlaceOfSupply place = locate(
                    SupplyChannel.INTERNET,
                    false,
                    s(BILLING_ADDRESS, "FR"),
                    s(IP_ADDRESS, "FR"),
                    t(BANK_DETAILS, "DE"),
                    s(OTHER_COMMERCIAL, "DE"));
            assertThat(place).isInstanceOf(PlaceOfSupply.Contradictory.class);
        }

        @Test
        void presumption_only_items_do_not_count_on_the_internet() {
            PlaceOfSupply place = locate(SupplyChannel.INTERNET, false, s(PREMISES, "FR"), s(BILLING_ADDRESS, "FR"));
            assertThat(place).isInstanceOf(PlaceOfSupply.Insufficient.class);
        }
    }

    @Nested
    class Simplified_rule_under_100k {
        @Test
        void one_third_party_item_suffices() {
            assertDetermined(
                    locate(SupplyChannel.INTERNET, true, t(BANK_DETAILS, "SE")),
                    "SE",
                    PlaceOfSupplyRule.SIMPLIFIED_ONE_THIRD_PARTY_ITEM);
        }

        @Test
        void one_supplier_item_does_not_suffice() {
            assertThat(locate(SupplyChannel.INTERNET, true, s(BILLING_ADDRESS, "SE")))
                    .isInstanceOf(PlaceOfSupply.Insufficient.class);
        }

        @Test
        void disagreeing_third_party_items_are_contradictory() {
            assertThat(locate(SupplyChannel.INTERNET, true, t(BANK_DETAILS, "SE"), t(SIM_COUNTRY, "FI")))
                    .isInstanceOf(PlaceOfSupply.Contradictory.class);
        }

        @Test
        void the_two_item_rule_still_wins_when_it_applies() {
            assertDetermined(
                    locate(
                            SupplyChannel.INTERNET,
                            true,
                            s(BILLING_ADDRESS, "DK"),
                            s(IP_ADDRESS, "DK"),
                            t(BANK_DETAILS, "SE")),
                    "DK",
                    PlaceOfSupplyRule.TWO_ITEMS_OF_EVIDENCE);
        }

        @Test
        void does_not_apply_above_the_threshold() {
            assertThat(locate(SupplyChannel.INTERNET, false, t(BANK_DETAILS, "SE")))
                    .isInstanceOf(PlaceOfSupply.Insufficient.class);
        }
    }

    @Nested
    class Presumptions {
        @Test
        void hotspot_presumes_the_country_of_the_premises() {
            assertDetermined(
                    locate(SupplyChannel.PHYSICAL_PRESENCE, false, s(PREMISES, "IT"), s(BILLING_ADDRESS, "FR")),
                    "IT",
                    PlaceOfSupplyRule.PHYSICAL_PRESENCE_PRESUMPTION);
        }

        @Test
        void mobile_network_presumes_the_sim_country() {
            assertDetermined(
                    locate(SupplyChannel.MOBILE_NETWORK, false, t(SIM_COUNTRY, "PL"), s(IP_ADDRESS, "DE")),
                    "PL",
                    PlaceOfSupplyRule.SIM_PRESUMPTION);
        }

        @Test
        void fixed_line_presumes_the_line_country() {
            assertDetermined(
                    locate(SupplyChannel.FIXED_LINE, false, t(FIXED_LINE, "BE")),
                    "BE",
                    PlaceOfSupplyRule.FIXED_LINE_PRESUMPTION);
        }

        @Test
        void decoder_presumes_the_decoder_location() {
            assertDetermined(
                    locate(SupplyChannel.DECODER, false, s(DECODER_LOCATION, "NL")),
                    "NL",
                    PlaceOfSupplyRule.DECODER_PRESUMPTION);
        }

        @Test
        void a_presumption_without_its_founding_item_is_insufficient() {
            assertThat(locate(SupplyChannel.MOBILE_NETWORK, false, s(BILLING_ADDRESS, "PL"), s(IP_ADDRESS, "PL")))
                    .isInstanceOf(PlaceOfSupply.Insufficient.class);
        }

        @Test
        void two_founding_items_that_disagree_are_contradictory() {
            assertThat(locate(SupplyChannel.MOBILE_NETWORK, false, t(SIM_COUNTRY, "PL"), t(SIM_COUNTRY, "CZ")))
                    .isInstanceOf(PlaceOfSupply.Contradictory.class);
        }
    }

    @Nested
    class Rebuttal {
        @Test
        void three_agreeing_items_of_different_types_rebut_the_sim_presumption() {
            assertDetermined(
                    locate(
                            SupplyChannel.MOBILE_NETWORK,
                            false,
                            t(SIM_COUNTRY, "GB"),
                            s(BILLING_ADDRESS, "ES"),
                            s(IP_ADDRESS, "ES"),
                            t(BANK_DETAILS, "ES")),
                    "ES",
                    PlaceOfSupplyRule.REBUTTAL_THREE_ITEMS);
        }

        @Test
        void two_items_do_not_rebut() {
            assertDetermined(
                    locate(
                            SupplyChannel.MOBILE_NETWORK,
                            false,
                            t(SIM_COUNTRY, "GB"),
                            s(BILLING_ADDRESS, "ES"),
                            t(BANK_DETAILS, "ES")),
                    "GB",
                    PlaceOfSupplyRule.SIM_PRESUMPTION);
        }

        @Test
        void three_items_pointing_to_different_countries_do_not_rebut() {
            assertDetermined(
                    locate(
                            SupplyChannel.PHYSICAL_PRESENCE,
                            false,
                            s(PREMISES, "AT"),
                            s(BILLING_ADDRESS, "ES"),
                            s(IP_ADDRESS, "PT"),
                            t(BANK_DETAILS, "ES")),
                    "AT",
                    PlaceOfSupplyRule.PHYSICAL_PRESENCE_PRESUMPTION);
        }

        @Test
        void three_items_of_the_same_type_do_not_rebut() {
            assertDetermined(
                    locate(
                            SupplyChannel.FIXED_LINE,
                            false,
                            t(FIXED_LINE, "BE"),
                            s(IP_ADDRESS, "NL"),
                            s(IP_ADDRESS, "NL"),
                            s(IP_ADDRESS, "NL")),
                    "BE",
                    PlaceOfSupplyRule.FIXED_LINE_PRESUMPTION);
        }
    }
}
