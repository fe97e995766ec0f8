package io.rightline.tax.determination;

import static io.rightline.tax.determination.Sales.sale;
import static org.assertj.core.api.Assertions.assertThat;

import io.rightline.tax.CountryCode;
import io.rightline.tax.ProductClass;
import io.rightline.tax.TaxErrorCode;
import io.rightline.tax.TaxException;
import io.rightline.tax.evidence.Evidence;
import io.rightline.tax.evidence.EvidenceType;
import io.rightline.tax.evidence.LocationEvidence;
import io.rightline.tax.evidence.PlaceOfSupply;
import io.rightline.tax.evidence.SupplyChannel;
import io.rightline.tax.liability.Liability;
import io.rightline.tax.money.Money;
import io.rightline.tax.rates.RateTable;
import io.rightline.tax.taxnumber.FormatVerdict;
import io.rightline.tax.taxnumber.OnlineCheck;
import io.rightline.tax.taxnumber.OnlineStatus;
import io.rightline.tax.taxnumber.TaxNumber;
import io.rightline.tax.taxnumber.TaxNumberCheck;
import io.rightline.tax.taxnumber.TaxNumberValidator;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class TaxEngineTest {
    private final TaxEngine engine = TaxEngine.create(RateTable.bundled(), CountryCode.of("IE"));

    private Determination.Taxed taxed(Sales sale) {
        Determination result = engine.determine(sale.build());
        assertThat(result).isInstanceOf(Determination.Taxed.class);
        return (Determination.Taxed) result;
    }

    static TaxNumberCheck check(String number, OnlineStatus status) {
        TaxNumber parsed = TaxNumber.parse(number);
        return new TaxNumberCheck(
                parsed,
                TaxNumberValidator.standard().validate(parsed),
                new OnlineCheck(
                        status, Optional.empty(), Optional.empty(), Optional.of("2026-06-01+02:00"), Optional.empty()));
    }

    private static TaxErrorCode codeOf(Runnable action) {
        try {
            action.run();
        } catch (TaxException e) {
            return e.code();
        }
        throw new AssertionError("expected a TaxException");
    }

    @Nested
    class Consumer_sales {
        @Test
        void charge_the_rate_of_the_customers_country_on_a_net_price() {
            Determination.Taxed result = taxed(sale().in("FR").price(1000, "EUR"));
            assertThat(result.country()).isEqualTo(CountryCode.of("FR"));
            assertThat(result.tax()).isEqualTo(Money.of(200, "EUR"));
            assertThat(result.gross()).isEqualTo(Money.of(1200, "EUR"));
            assertThat(result.liability().liability()).isEqualTo(Liability.PLATFORM_COLLECTS);
            assertThat(result.liability().basis()).contains("Art. 9a");
        }

        @Test
        void use_the_e_book_rate_in_force_on_the_supply_date() {
            Determination.Taxed result = taxed(sale().in("DE")
                    .of(ProductClass.EBOOK)
                    .on("2020-08-15")
                    .price(999, "EUR")
                    .inclusive());
            // 999 gross at 5 %: tax = round(999 * 5 / 105) = round(47.571) = 48
            assertThat(result.tax()).isEqualTo(Money.of(48, "EUR"));
            assertThat(result.net()).isEqualTo(Money.of(951, "EUR"));
            assertThat(result.lines().getFirst().rate().source()).contains("Corona-Steuerhilfegesetz");
        }

        @Test
        void extract_tax_from_an_inclusive_price_so_net_plus_tax_is_the_price() {
            Determination.Taxed result = taxed(sale().in("FI").price(499, "EUR").inclusive());
            // 499 * 25.5 / 125.5 = 101.39 -> 101
            assertThat(result.tax()).isEqualTo(Money.of(101, "EUR"));
            assertThat(result.net().plus(result.tax())).isEqualTo(Money.of(499, "EUR"));
        }

        @Test
        void charge_gst_and_qst_separately_in_quebec() {
            Determination.Taxed result = taxed(sale().in("CA").subdivision("QC").price(1999, "CAD"));
            assertThat(result.lines()).extracting(TaxLine::taxMinor).containsExactly(100L, 199L);
            assertThat(result.tax()).isEqualTo(Money.of(299, "CAD"));
        }

        @Test
        void inclusive_quebec_components_sum_to_the_extracted_total() {
            Determination.Taxed result =
                    taxed(sale().in("CA").subdivision("QC").price(1149, "CAD").inclusive());
            // 1149 * 14.975 / 114.975 = 149.65 -> 150; GST part round(1149 * 5 / 114.975) = 50
            assertThat(result.tax()).isEqualTo(Money.of(150, "CAD"));
            assertThat(result.lines()).extracting(TaxLine::taxMinor).containsExactly(50L, 100L);
        }

        @Test
        void truncate_japanese_consumption_tax() {
            Determination.Taxed result = taxed(sale().in("JP").price(1999, "JPY"));
            assertThat(result.tax()).isEqualTo(Money.of(199, "JPY"));
        }

        @Test
        void charge_nothing_where_a_state_does_not_tax_digital_goods() {
            Determination.Taxed result = taxed(sale().in("US").subdivision("CA").price(1000, "USD"));
            assertThat(result.tax()).isEqualTo(Money.of(0, "USD"));
            assertThat(result.lines().getFirst().rate().rateType().label()).isEqualTo("not-taxable");
        }
    }

    @Nested
    class Business_sales {
        @Test
        void reverse_charge_with_a_vies_confirmed_number() {
            Determination.Taxed result = taxed(sale().in("DE").business(check("DE136695976", OnlineStatus.VALID)));
            assertThat(result.liability().liability()).isEqualTo(Liability.REVERSE_CHARGE);
            assertThat(result.liability().basis()).contains("Art. 196");
            assertThat(result.tax()).isEqualTo(Money.of(0, "EUR"));
            assertThat(result.gross()).isEqualTo(Money.of(1000, "EUR"));
            assertThat(result.lines().getFirst().rate().ratePpm()).isEqualTo(190_000);
        }

        @Test
        void locate_a_confirmed_business_by_its_number_without_location_evidence() {
            LocationEvidence none = new LocationEvidence(SupplyChannel.INTERNET, List.of(), false);
            Determination.Taxed result =
                    taxed(sale().evidence(none).business(check("FR40303265045", OnlineStatus.VALID)));
            assertThat(result.country()).isEqualTo(CountryCode.of("FR"));
            assertThat(result.locationBasis()).contains("Art. 44");
        }

        @Test
        void charge_domestic_tax_to_a_business_in_the_platforms_own_country() {
            TaxNumber number = TaxNumber.parse("IE6388047V");
            TaxNumberCheck check = new TaxNumberCheck(
                    number,
                    FormatVerdict.VALID_FORMAT_ONLY,
                    new OnlineCheck(
                            OnlineStatus.VALID,
                            Optional.empty(),
                            Optional.empty(),
                            Optional.empty(),
                            Optional.empty()));
            Determination.Taxed result = taxed(sale().in("IE").business(check));
            assertThat(result.liability().liability()).isEqualTo(Liability.PLATFORM_COLLECTS_DOMESTIC_B2B);
            assertThat(result.tax()).isEqualTo(Money.of(230, "EUR"));
        }

        @Test
        void treat_an_unconfirmed_number_as_a_consumer_sale_and_say_why() {
            Determination.Taxed result =
                    taxed(sale().in("DE").business(check("DE136695976", OnlineStatus.UNAVAILABLE)));
            assertThat(result.liability().liability()).isEqualTo(Liability.PLATFORM_COLLECTS);
            assertThat(result.liability().note()).contains("UNAVAILABLE");
            assertThat(result.tax()).isEqualTo(Money.of(190, "EUR"));
        }

        @Test
        void treat_a_number_with_a_bad_check_digit_as_a_consumer_sale() {
            Determination.Taxed result = taxed(sale().in("DE").business(check("DE136695977", OnlineStatus.VALID)));
            assertThat(result.liability().liability()).isEqualTo(Liability.PLATFORM_COLLECTS);
            assertThat(result.liability().note()).contains("INVALID_CHECK_DIGIT");
        }

        @Test
        void treat_a_business_without_a_number_as_a_consumer_sale() {
            Determination.Taxed result = taxed(sale().in("DE").business(null));
            assertThat(result.liability().note()).contains("no tax number");
            assertThat(result.tax()).isEqualTo(Money.of(190, "EUR"));
        }
    }

    @Nested
    class Unlocated_sales {
        @Test
        void contradictory_evidence_is_a_result_not_a_guess() {
            LocationEvidence evidence = new LocationEvidence(
                    SupplyChannel.INTERNET,
                    List.of(
                            Evidence.supplier(EvidenceType.BILLING_ADDRESS, "FR"),
                            Evidence.supplier(EvidenceType.IP_ADDRESS, "DE")),
                    false);
            Determination result = engine.determine(sale().evidence(evidence).build());
            assertThat(result)
                    .isInstanceOfSatisfying(
                            Determination.Unlocated.class,
                            u -> assertThat(u.place()).isInstanceOf(PlaceOfSupply.Contradictory.class));
        }

        @Test
        void insufficient_evidence_is_a_result_not_a_guess() {
            LocationEvidence evidence = new LocationEvidence(
                    SupplyChannel.INTERNET, List.of(Evidence.supplier(EvidenceType.BILLING_ADDRESS, "FR")), false);
            Determination result = engine.determine(sale().evidence(evidence).build());
            assertThat(result)
                    .isInstanceOfSatisfying(
                            Determination.Unlocated.class,
                            u -> assertThat(u.place()).isInstanceOf(PlaceOfSupply.Insufficient.class));
        }
    }

    @Nested
    class Bad_input {
        @Test
        void negative_price_is_rejected() {
            assertThat(codeOf(() -> engine.determine(sale().price(-1, "EUR").build())))
                    .isEqualTo(TaxErrorCode.NEGATIVE_AMOUNT);
        }

        @Test
        void overflowing_price_is_rejected() {
            assertThat(codeOf(() ->
                            engine.determine(sale().price(Long.MAX_VALUE, "EUR").build())))
                    .isEqualTo(TaxErrorCode.AMOUNT_OVERFLOW);
        }

        @Test
        void date_outside_every_rate_is_rejected_not_defaulted() {
            assertThat(codeOf(() -> engine.determine(sale().on("1999-01-01").build())))
                    .isEqualTo(TaxErrorCode.NO_RATE_FOR_DATE);
        }

        @Test
        void country_without_data_is_rejected() {
            assertThat(codeOf(() -> engine.determine(sale().in("BR").build())))
                    .isEqualTo(TaxErrorCode.UNKNOWN_JURISDICTION);
        }

        @Test
        void unknown_country_code_is_rejected() {
            assertThat(codeOf(() -> sale().in("XX"))).isEqualTo(TaxErrorCode.UNKNOWN_COUNTRY);
        }

        @Test
        void unknown_product_class_is_rejected() {
            assertThat(codeOf(() -> ProductClass.parse("podcast"))).isEqualTo(TaxErrorCode.UNKNOWN_PRODUCT_CLASS);
        }

        @Test
        void canada_without_province_is_rejected() {
            assertThat(codeOf(() ->
                            engine.determine(sale().in("CA").price(100, "CAD").build())))
                    .isEqualTo(TaxErrorCode.SUBDIVISION_REQUIRED);
        }

        @Test
        void us_state_outside_the_documented_set_is_rejected() {
            assertThat(codeOf(() -> engine.determine(
                            sale().in("US").subdivision("NY").price(100, "USD").build())))
                    .isEqualTo(TaxErrorCode.UNKNOWN_JURISDICTION);
        }
    }

    @Nested
    class Explanation {
        @Test
        void names_evidence_rule_rate_source_and_amounts() {
            Determination.Taxed result =
                    taxed(sale().in("SE").of(ProductClass.EBOOK).price(10000, "SEK"));
            String text = result.explain();
            assertThat(text)
                    .contains("located in SE by TWO_ITEMS_OF_EVIDENCE")
                    .contains("evidence BILLING_ADDRESS=SE (SUPPLIER)")
                    .contains("evidence BANK_DETAILS=SE (THIRD_PARTY)")
                    .contains("VAT reduced 6% on 10000 = 600 minor units")
                    .contains("eu.csv:")
                    .contains("rounding HALF_UP")
                    .contains("rate data 2026.11.1");
        }

        @Test
        void same_input_gives_the_same_output() {
            SaleRequest request = sale().in("NL")
                    .of(ProductClass.AUDIOBOOK)
                    .price(1234, "EUR")
                    .inclusive()
                    .build();
            Determination first = engine.determine(request);
            Determination second =
                    TaxEngine.create(RateTable.bundled(), CountryCode.of("IE")).determine(request);
            assertThat(second).isEqualTo(first);
            assertThat(((Determination.Taxed) second).explain()).isEqualTo(((Determination.Taxed) first).explain());
        }
    }
}
