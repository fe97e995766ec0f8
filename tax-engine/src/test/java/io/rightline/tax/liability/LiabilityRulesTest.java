package io.rightline.tax.liability;

import static org.assertj.core.api.Assertions.assertThat;

import io.rightline.tax.CountryCode;
import io.rightline.tax.rates.Jurisdiction;
import io.rightline.tax.rates.RateTable;
import io.rightline.tax.taxnumber.FormatVerdict;
import io.rightline.tax.taxnumber.OnlineCheck;
import io.rightline.tax.taxnumber.OnlineStatus;
import io.rightline.tax.taxnumber.TaxNumber;
import io.rightline.tax.taxnumber.TaxNumberCheck;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class LiabilityRulesTest {
    private final LiabilityRules rules = new LiabilityRules(CountryCode.of("IE"));
    private final RateTable rates = RateTable.bundled();

    private static Optional<TaxNumberCheck> number(String text, FormatVerdict format, OnlineStatus status) {
        return Optional.of(new TaxNumberCheck(
                TaxNumber.parse(text),
                format,
                new OnlineCheck(status, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty())));
    }

    @Nested
    class Decide {
        @Test
        void consumer_sales_make_the_platform_the_deemed_supplier() {
            LiabilityDecision decision =
                    rules.decide(CustomerType.CONSUMER, Optional.empty(), rates.profile(Jurisdiction.of("AU")));
            assertThat(decision.liability()).isEqualTo(Liability.PLATFORM_COLLECTS);
            assertThat(decision.basis()).contains("84-55");
        }

        @Test
        void eu_business_needs_vies_confirmation_for_reverse_charge() {
            var profile = rates.profile(Jurisdiction.of("AT"));
            assertThat(rules.decide(
                                    CustomerType.BUSINESS,
                                    number("ATU10223006", FormatVerdict.VALID_WITH_CHECK_DIGIT, OnlineStatus.VALID),
                                    profile)
                            .liability())
                    .isEqualTo(Liability.REVERSE_CHARGE);
            assertThat(rules.decide(
                                    CustomerType.BUSINESS,
                                    number(
                                            "ATU10223006",
                                            FormatVerdict.VALID_WITH_CHECK_DIGIT,
                                            OnlineStatus.NOT_CHECKED),
                                    profile)
                            .liability())
                    .isEqualTo(Liability.PLATFORM_COLLECTS);
        }

        @Test
        void non_eu_business_with_a_valid_number_is_reverse_charged_without_online_check() {
            LiabilityDecision decision = rules.decide(
                    CustomerType.BUSINESS,
                    number("AU51824753556", FormatVerdict.VALID_WITH_CHECK_DIGIT, OnlineStatus.NOT_CHECKED),
                    rates.profile(Jurisdiction.of("AU")));
            assertThat(decision.liability()).isEqualTo(Liability.REVERSE_CHARGE);
        }

        @Test
        void number_of_another_country_does_not_prove_a_business_here() {
            LiabilityDecision decision = rules.decide(
                    CustomerType.BUSINESS,
                    number("DE136695976", FormatVerdict.VALID_WITH_CHECK_DIGIT, OnlineStatus.VALID),
                    rates.profile(Jurisdiction.of("FR")));
            assertThat(decision.liability()).isEqualTo(Liability.PLATFORM_COLLECTS);
            assertThat(decision.note()).contains("does not match");
        }

        @Test
        void us_sales_tax_has_no_reverse_charge() {
            LiabilityDecision decision = rules.decide(
                    CustomerType.BUSINESS,
                    number("US123456789", FormatVerdict.VALID_FORMAT_ONLY, OnlineStatus.NOT_CHECKED),
                    rates.profile(Jurisdiction.of("US-WA")));
            assertThat(decision.liability()).isEqualTo(Liability.PLATFORM_COLLECTS);
            assertThat(decision.note()).contains("no reverse charge");
        }
    }
}
