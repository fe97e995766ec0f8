package io.rightline.tax.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.rightline.tax.CountryCode;
import io.rightline.tax.TaxErrorCode;
import io.rightline.tax.TaxException;
import io.rightline.tax.money.Money;
import io.rightline.tax.withholding.RoyaltyPayment;
import io.rightline.tax.withholding.RoyaltyType;
import io.rightline.tax.withholding.WithholdingDetermination;
import io.rightline.tax.withholding.WithholdingForm;
import io.rightline.tax.withholding.WithholdingTable;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class WithholdingStatementTest {
    private final WithholdingTable table = WithholdingTable.bundled();

    private WithholdingDetermination pay(
            String id, String payee, String residence, RoyaltyType type, long minor, String date, boolean form) {
        Optional<WithholdingForm> declaration = form
                ? Optional.of(new WithholdingForm(
                        "W-8BEN", CountryCode.of(residence), true, "FTIN-" + payee, LocalDate.of(2025, 1, 1)))
                : Optional.empty();
        return table.determine(new RoyaltyPayment(
                id,
                payee,
                "Name " + payee,
                CountryCode.of("US"),
                CountryCode.of(residence),
                type,
                Money.of(minor, "USD"),
                LocalDate.parse(date),
                declaration));
    }

    private List<WithholdingDetermination> year() {
        return List.of(
                pay("1", "c-au", "AU", RoyaltyType.OTHER_COPYRIGHT, 10_000, "2026-01-15", true),
                pay("2", "c-au", "AU", RoyaltyType.OTHER_COPYRIGHT, 20_001, "2026-06-15", true),
                pay("3", "c-br", "BR", RoyaltyType.MOTION_PICTURE_TV, 5_000, "2026-03-01", false),
                pay("4", "c-de", "DE", RoyaltyType.OTHER_COPYRIGHT, 7_000, "2026-09-01", true),
                pay("5", "c-us", "US", RoyaltyType.OTHER_COPYRIGHT, 9_999, "2026-10-01", false));
    }

    @Nested
    class Build {
        @Test
        void sums_payments_per_payee_income_code_and_rate() {
            WithholdingStatement statement = WithholdingStatement.build(
                    "Rightline Inc.", CountryCode.of("US"), 2026, Money.currency("USD"), year());
            assertThat(statement.rows())
                    .extracting(
                            WithholdingStatement.Row::recipientId,
                            r -> r.grossIncome().amountMinor(),
                            r -> r.federalTaxWithheld().amountMinor(),
                            WithholdingStatement.Row::incomeCode,
                            WithholdingStatement.Row::exemptionCode)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple("c-au", 30_001L, 1_500L, "12", "00"), // 500 + 1000.05
                            org.assertj.core.groups.Tuple.tuple("c-br", 5_000L, 1_500L, "11", "00"),
                            org.assertj.core.groups.Tuple.tuple("c-de", 7_000L, 0L, "12", "04"));
            assertThat(statement.rows().getFirst().foreignTaxId()).isEqualTo("FTIN-c-au");
        }

        @Test
        void totals_equal_the_sum_of_rows_and_exclude_domestic_payees() {
            WithholdingStatement statement = WithholdingStatement.build(
                    "Rightline Inc.", CountryCode.of("US"), 2026, Money.currency("USD"), year());
            assertThat(statement.totalGross().amountMinor())
                    .isEqualTo(statement.rows().stream()
                            .mapToLong(r -> r.grossIncome().amountMinor())
                            .sum())
                    .isEqualTo(42_001L);
            assertThat(statement.totalWithheld().amountMinor())
                    .isEqualTo(statement.rows().stream()
                            .mapToLong(r -> r.federalTaxWithheld().amountMinor())
                            .sum())
                    .isEqualTo(3_000L);
        }

        @Test
        void writes_1042_s_fields_as_csv_and_json() {
            WithholdingStatement statement = WithholdingStatement.build(
                    "Rightline Inc.", CountryCode.of("US"), 2026, Money.currency("USD"), year());
            assertThat(statement.toCsv())
                    .contains("income_code_1,gross_income_2,exemption_code_3a,tax_rate_3b,federal_tax_withheld_7a")
                    .contains("2026,Rightline Inc.,c-br,Name c-br,BR,,11,50.00,00,30,15.00,USD,DEFAULT_NO_FORM,1")
                    .endsWith("2026,Rightline Inc.,TOTAL,,,,,420.01,,,30.00,USD,,4\n");
            assertThat(statement.toJson()).contains("\"form\":\"1042-S\"").contains("\"totalWithheldMinor\":3000");
        }

        @Test
        void rejects_a_payment_of_another_year() {
            try {
                WithholdingStatement.build("R", CountryCode.of("US"), 2025, Money.currency("USD"), year());
                throw new AssertionError("accepted a 2026 payment in a 2025 statement");
            } catch (TaxException e) {
                assertThat(e.code()).isEqualTo(TaxErrorCode.INVALID_REPORT_INPUT);
            }
        }
    }
}
