package io.rightline.tax.report;

import static io.rightline.tax.determination.Sales.sale;
import static org.assertj.core.api.Assertions.assertThat;

import io.rightline.tax.CountryCode;
import io.rightline.tax.ProductClass;
import io.rightline.tax.TaxErrorCode;
import io.rightline.tax.TaxException;
import io.rightline.tax.determination.Determination;
import io.rightline.tax.determination.Sales;
import io.rightline.tax.determination.TaxEngine;
import io.rightline.tax.money.Money;
import io.rightline.tax.rates.RateTable;
import io.rightline.tax.rates.TaxRegime;
import io.rightline.tax.taxnumber.FormatVerdict;
import io.rightline.tax.taxnumber.OnlineCheck;
import io.rightline.tax.taxnumber.OnlineStatus;
import io.rightline.tax.taxnumber.TaxNumber;
import io.rightline.tax.taxnumber.TaxNumberCheck;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class VatReturnTest {
    private final TaxEngine engine = TaxEngine.create(RateTable.bundled(), CountryCode.of("IE"));

    private Determination.Taxed taxed(Sales sale) {
        return (Determination.Taxed) engine.determine(sale.build());
    }

    private List<Determination.Taxed> quarter() {
        List<Determination.Taxed> sales = new ArrayList<>();
        sales.add(taxed(sale().id("1").on("2026-01-10").in("DE").price(1000, "EUR")));
        sales.add(
                taxed(sale().id("2").on("2026-02-10").in("DE").price(999, "EUR").inclusive()));
        sales.add(taxed(
                sale().id("3").on("2026-03-10").in("DE").of(ProductClass.EBOOK).price(500, "EUR")));
        sales.add(taxed(
                sale().id("4").on("2026-03-11").in("FR").of(ProductClass.EBOOK).price(700, "EUR")));
        sales.add(taxed(sale().id("5").on("2026-03-12").in("IE").price(1000, "EUR"))); // domestic: not in OSS
        sales.add(taxed(sale().id("6").on("2026-03-13").in("GB").price(1000, "GBP"))); // other regime
        TaxNumberCheck confirmed = new TaxNumberCheck(
                TaxNumber.parse("DE136695976"),
                FormatVerdict.VALID_WITH_CHECK_DIGIT,
                new OnlineCheck(
                        OnlineStatus.VALID, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()));
        sales.add(taxed(sale().id("7").on("2026-03-14").in("DE").business(confirmed))); // reverse charge
        return sales;
    }

    @Nested
    class Oss_return {
        @Test
        void has_one_line_per_member_state_and_rate_and_totals_equal_the_sum_of_lines() {
            VatReturn oss = VatReturn.build(
                    TaxRegime.EU_OSS,
                    ReportPeriod.quarter(2026, 1),
                    Money.currency("EUR"),
                    quarter(),
                    Optional.of(CountryCode.of("IE")));
            assertThat(oss.lines())
                    .extracting(
                            l -> l.country().alpha2() + " " + l.ratePercent().toPlainString(),
                            l -> l.taxable().amountMinor(),
                            l -> l.tax().amountMinor())
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple("DE 7", 500L, 35L),
                            // 1000 net + 839 net (999 gross at 19 %: tax 160)
                            org.assertj.core.groups.Tuple.tuple("DE 19", 1839L, 350L),
                            org.assertj.core.groups.Tuple.tuple("FR 5.5", 700L, 39L));
            assertThat(oss.totalTaxable().amountMinor())
                    .isEqualTo(oss.lines().stream()
                            .mapToLong(l -> l.taxable().amountMinor())
                            .sum())
                    .isEqualTo(3039L);
            assertThat(oss.totalTax().amountMinor())
                    .isEqualTo(oss.lines().stream()
                            .mapToLong(l -> l.tax().amountMinor())
                            .sum())
                    .isEqualTo(424L);
        }

        @Test
        void writes_csv_with_a_total_row_and_json_in_minor_units() {
            VatReturn oss = VatReturn.build(
                    TaxRegime.EU_OSS,
                    ReportPeriod.quarter(2026, 1),
                    Money.currency("EUR"),
                    quarter(),
                    Optional.of(CountryCode.of("IE")));
            assertThat(oss.toCsv())
                    .startsWith(
                            "regime,period,country,tax,rate_type,rate_percent,taxable_amount,tax_amount,currency,supplies\n")
                    .contains("EU_OSS,2026-Q1,DE,VAT,standard,19,18.39,3.50,EUR,2\n")
                    .endsWith("EU_OSS,2026-Q1,TOTAL,,,,30.39,4.24,EUR,4\n");
            assertThat(oss.toJson())
                    .contains("\"totalTaxMinor\":424")
                    .contains("\"period\":\"2026-Q1\"")
                    .contains("\"ratePercent\":5.5");
        }

        @Test
        void rejects_a_sale_outside_the_quarter() {
            List<Determination.Taxed> sales =
                    List.of(taxed(sale().id("late").on("2026-04-01").in("DE").price(1000, "EUR")));
            try {
                VatReturn.build(
                        TaxRegime.EU_OSS,
                        ReportPeriod.quarter(2026, 1),
                        Money.currency("EUR"),
                        sales,
                        Optional.empty());
                throw new AssertionError("accepted an out-of-period sale");
            } catch (TaxException e) {
                assertThat(e.code()).isEqualTo(TaxErrorCode.INVALID_REPORT_INPUT);
            }
        }

        @Test
        void rejects_a_sale_in_another_currency() {
            List<Determination.Taxed> sales =
                    List.of(taxed(sale().on("2026-01-05").in("SE").price(1000, "SEK")));
            try {
                VatReturn.build(
                        TaxRegime.EU_OSS,
                        ReportPeriod.quarter(2026, 1),
                        Money.currency("EUR"),
                        sales,
                        Optional.empty());
                throw new AssertionError("accepted SEK in an EUR return");
            } catch (TaxException e) {
                assertThat(e.code()).isEqualTo(TaxErrorCode.CURRENCY_MISMATCH);
            }
        }
    }

    @Nested
    class Uk_and_norway_returns {
        @Test
        void uk_return_has_standard_and_zero_rated_lines() {
            List<Determination.Taxed> sales = List.of(
                    taxed(sale().id("a").on("2026-04-02").in("GB").price(1000, "GBP")),
                    taxed(sale().id("b")
                            .on("2026-05-02")
                            .in("GB")
                            .of(ProductClass.EBOOK)
                            .price(800, "GBP")),
                    taxed(sale().id("c")
                            .on("2026-06-02")
                            .in("GB")
                            .of(ProductClass.AUDIOBOOK)
                            .price(1200, "GBP")
                            .inclusive()));
            VatReturn uk = VatReturn.build(
                    TaxRegime.UK_VAT, ReportPeriod.quarter(2026, 2), Money.currency("GBP"), sales, Optional.empty());
            assertThat(uk.lines()).hasSize(2);
            assertThat(uk.totalTaxable().amountMinor()).isEqualTo(1000 + 800 + 1000);
            assertThat(uk.totalTax().amountMinor()).isEqualTo(200 + 0 + 200);
            assertThat(uk.toJson())
                    .contains("\"ukBox1VatDueOnSalesMinor\":400")
                    .contains("\"ukBox6TotalSalesExVatWholeUnits\":28");
        }

        @Test
        void norway_return_totals_equal_the_sum_of_lines() {
            List<Determination.Taxed> sales = List.of(
                    taxed(sale().id("a").on("2026-07-02").in("NO").price(10000, "NOK")),
                    taxed(sale().id("b")
                            .on("2026-08-02")
                            .in("NO")
                            .of(ProductClass.MUSIC)
                            .price(9999, "NOK")
                            .inclusive()));
            VatReturn no = VatReturn.build(
                    TaxRegime.NO_VOES, ReportPeriod.quarter(2026, 3), Money.currency("NOK"), sales, Optional.empty());
            assertThat(no.lines()).singleElement().satisfies(l -> {
                assertThat(l.taxable().amountMinor()).isEqualTo(10000 + 7999);
                assertThat(l.tax().amountMinor()).isEqualTo(2500 + 2000);
            });
            assertThat(no.totalTax()).isEqualTo(no.lines().getFirst().tax());
        }
    }
}
