package io.rightline.tax.threshold;

import static org.assertj.core.api.Assertions.assertThat;

import io.rightline.tax.CountryCode;
import io.rightline.tax.TaxErrorCode;
import io.rightline.tax.TaxException;
import io.rightline.tax.money.Money;
import io.rightline.tax.rates.Jurisdiction;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ThresholdMonitorTest {
    private final ThresholdMonitor monitor = new ThresholdMonitor(CountryCode.of("IE"));
    private static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);

    private static ThresholdSale sale(String date, String jurisdiction, long minor, String currency) {
        return new ThresholdSale(LocalDate.parse(date), Jurisdiction.of(jurisdiction), Money.of(minor, currency));
    }

    @Nested
    class Eu_cross_border {
        @Test
        void counts_other_member_states_only_and_reports_how_close() {
            List<ThresholdSale> sales = List.of(
                    sale("2026-01-10", "DE", 300_000, "EUR"),
                    sale("2026-03-10", "FR", 450_000, "EUR"),
                    sale("2026-04-10", "IE", 900_000, "EUR"), // own member state
                    sale("2026-05-10", "GB", 900_000, "GBP")); // outside the EU
            ThresholdStatus status = monitor.status(ThresholdRegime.EU_CROSS_BORDER_10K, sales, AS_OF);
            assertThat(status.counted()).isEqualTo(Money.of(750_000, "EUR"));
            assertThat(status.remaining()).isEqualTo(Money.of(250_000, "EUR"));
            assertThat(status.usedBasisPoints()).isEqualTo(7_500);
            assertThat(status.exceeded()).isFalse();
            assertThat(status.windowStart()).isEqualTo(LocalDate.of(2026, 1, 1));
        }

        @Test
        void exceeding_in_the_preceding_year_counts_as_exceeded() {
            List<ThresholdSale> sales = List.of(sale("2025-11-10", "DE", 1_000_001, "EUR"));
            ThresholdStatus status = monitor.status(ThresholdRegime.EU_CROSS_BORDER_10K, sales, AS_OF);
            assertThat(status.counted().amountMinor()).isZero();
            assertThat(status.precedingYear().amountMinor()).isEqualTo(1_000_001);
            assertThat(status.exceeded()).isTrue();
            assertThat(status.remaining().amountMinor()).isZero();
        }

        @Test
        void exactly_at_the_threshold_is_not_exceeded() {
            ThresholdStatus status = monitor.status(
                    ThresholdRegime.EU_CROSS_BORDER_10K, List.of(sale("2026-02-01", "AT", 1_000_000, "EUR")), AS_OF);
            assertThat(status.exceeded()).isFalse();
            assertThat(status.usedBasisPoints()).isEqualTo(10_000);
        }
    }

    @Nested
    class Rolling_windows {
        @Test
        void norway_counts_the_last_twelve_months() {
            List<ThresholdSale> sales = List.of(
                    sale("2025-06-30", "NO", 4_000_000, "NOK"), // just outside
                    sale("2025-07-01", "NO", 3_000_000, "NOK"),
                    sale("2026-06-30", "NO", 2_500_000, "NOK"));
            ThresholdStatus status = monitor.status(ThresholdRegime.NO_VOES, sales, AS_OF);
            assertThat(status.counted()).isEqualTo(Money.of(5_500_000, "NOK"));
            assertThat(status.exceeded()).isTrue();
        }

        @Test
        void quebec_counts_only_quebec_while_canada_counts_every_province() {
            List<ThresholdSale> sales = List.of(
                    sale("2026-01-01", "CA-QC", 1_000_000, "CAD"), sale("2026-02-01", "CA-ON", 2_500_000, "CAD"));
            assertThat(monitor.status(ThresholdRegime.CA_QST, sales, AS_OF)
                            .counted()
                            .amountMinor())
                    .isEqualTo(1_000_000);
            assertThat(monitor.status(ThresholdRegime.CA_GST, sales, AS_OF).exceeded())
                    .isTrue();
        }

        @Test
        void the_uk_has_no_threshold_for_non_established_suppliers() {
            ThresholdStatus status = monitor.status(
                    ThresholdRegime.UK_NON_ESTABLISHED, List.of(sale("2026-06-01", "GB", 1, "GBP")), AS_OF);
            assertThat(status.exceeded()).isTrue();
            assertThat(status.usedBasisPoints()).isEqualTo(10_000);
        }
    }

    @Nested
    class Input {
        @Test
        void a_sale_in_another_currency_is_refused() {
            try {
                monitor.status(ThresholdRegime.AU_GST, List.of(sale("2026-06-01", "AU", 1, "USD")), AS_OF);
                throw new AssertionError("accepted USD for an AUD threshold");
            } catch (TaxException e) {
                assertThat(e.code()).isEqualTo(TaxErrorCode.CURRENCY_MISMATCH);
            }
        }

        @Test
        void reports_every_regime() {
            assertThat(monitor.statusOfAll(List.of(), AS_OF)).hasSize(ThresholdRegime.values().length);
        }
    }
}
