package io.rightline.tax.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.rightline.tax.CountryCode;
import io.rightline.tax.TaxErrorCode;
import io.rightline.tax.TaxException;
import io.rightline.tax.money.Money;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class SellerReportTest {
    private static SellerActivity activity(String seller, String date, long consideration, long fees) {
        return new SellerActivity(
                seller,
                "Seller " + seller,
                CountryCode.of("NL"),
                "NL-TIN-" + seller,
                LocalDate.parse(date),
                Money.of(consideration, "EUR"),
                Money.of(fees, "EUR"));
    }

    private final List<SellerActivity> activities = List.of(
            activity("s2", "2026-02-01", 10_000, 1_000),
            activity("s1", "2026-01-05", 5_000, 500),
            activity("s1", "2026-05-05", 7_000, 700),
            activity("s1", "2026-12-31", 1_000, 100));

    @Nested
    class Build {
        @Test
        void sums_consideration_fees_and_activities_per_quarter() {
            SellerReport report = SellerReport.build(2026, Money.currency("EUR"), activities);
            assertThat(report.sellers())
                    .extracting(SellerReport.Seller::sellerId)
                    .containsExactly("s1", "s2");
            SellerReport.Seller s1 = report.sellers().getFirst();
            assertThat(s1.considerationByQuarter()).containsExactly(5_000L, 7_000L, 0L, 1_000L);
            assertThat(s1.feesByQuarter()).containsExactly(500L, 700L, 0L, 100L);
            assertThat(s1.activitiesByQuarter()).containsExactly(1L, 1L, 0L, 1L);
        }

        @Test
        void totals_equal_the_sum_of_sellers() {
            SellerReport report = SellerReport.build(2026, Money.currency("EUR"), activities);
            assertThat(report.totalConsideration().amountMinor())
                    .isEqualTo(report.sellers().stream()
                            .mapToLong(SellerReport.Seller::considerationMinor)
                            .sum())
                    .isEqualTo(23_000L);
            assertThat(report.totalFees().amountMinor()).isEqualTo(2_300L);
            assertThat(report.toCsv()).endsWith("2026,TOTAL,,,,,,,,,,,,,,,,230.00,23.00,EUR\n");
            assertThat(report.toJson())
                    .contains("\"report\":\"DAC7\"")
                    .contains("\"considerationMinorByQuarter\":[5000,7000,0,1000]");
        }

        @Test
        void rejects_an_activity_of_another_period() {
            try {
                SellerReport.build(2025, Money.currency("EUR"), activities);
                throw new AssertionError("accepted a 2026 activity");
            } catch (TaxException e) {
                assertThat(e.code()).isEqualTo(TaxErrorCode.INVALID_REPORT_INPUT);
            }
        }
    }
}
