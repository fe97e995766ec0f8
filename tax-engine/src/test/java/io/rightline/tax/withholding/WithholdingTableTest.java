package io.rightline.tax.withholding;

import static org.assertj.core.api.Assertions.assertThat;

import io.rightline.tax.CountryCode;
import io.rightline.tax.TaxErrorCode;
import io.rightline.tax.TaxException;
import io.rightline.tax.money.Money;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WithholdingTableTest {
    private final WithholdingTable table = WithholdingTable.bundled();
    static final LocalDate PAID = LocalDate.of(2026, 5, 15);

    static RoyaltyPayment payment(
            String payer, String residence, RoyaltyType type, long minor, Optional<WithholdingForm> form) {
        return new RoyaltyPayment(
                "pay-1",
                "creator-1",
                "Ada Example",
                CountryCode.of(payer),
                CountryCode.of(residence),
                type,
                Money.of(minor, "USD"),
                PAID,
                form);
    }

    static Optional<WithholdingForm> treatyForm(String residence) {
        return Optional.of(
                new WithholdingForm("W-8BEN", CountryCode.of(residence), true, "TIN-1", LocalDate.of(2025, 2, 1)));
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
    class Treaty_or_default {
        @ParameterizedTest(name = "US payer, {0} resident, {1}: {2} withheld of 100000")
        @CsvSource({
            "DE,OTHER_COPYRIGHT,0",
            "GB,MOTION_PICTURE_TV,0",
            "CA,OTHER_COPYRIGHT,0",
            "CA,MOTION_PICTURE_TV,10000",
            "AU,OTHER_COPYRIGHT,5000",
            "IN,OTHER_COPYRIGHT,15000",
            "IT,MOTION_PICTURE_TV,8000"
        })
        void a_valid_treaty_claim_gets_the_treaty_rate(String residence, RoyaltyType type, long withheld) {
            WithholdingDetermination result =
                    table.determine(payment("US", residence, type, 100_000, treatyForm(residence)));
            assertThat(result.basis()).isEqualTo(WithholdingBasis.TREATY_RATE);
            assertThat(result.withheld()).isEqualTo(Money.of(withheld, "USD"));
            assertThat(result.netPaid()).isEqualTo(Money.of(100_000 - withheld, "USD"));
            assertThat(result.rate())
                    .hasValueSatisfying(r -> assertThat(r.source()).contains("treaty"));
        }

        @Test
        void no_form_gets_the_statutory_30_percent() {
            WithholdingDetermination result =
                    table.determine(payment("US", "DE", RoyaltyType.OTHER_COPYRIGHT, 100_001, Optional.empty()));
            assertThat(result.basis()).isEqualTo(WithholdingBasis.DEFAULT_NO_FORM);
            assertThat(result.withheld()).isEqualTo(Money.of(30_000, "USD")); // 30000.3 rounds half-up to 30000
            assertThat(result.explain()).contains("1441");
        }

        @Test
        void a_form_without_treaty_claim_gets_the_default() {
            Optional<WithholdingForm> form = Optional.of(
                    new WithholdingForm("W-8BEN", CountryCode.of("FR"), false, "", LocalDate.of(2025, 1, 1)));
            WithholdingDetermination result =
                    table.determine(payment("US", "FR", RoyaltyType.OTHER_COPYRIGHT, 1000, form));
            assertThat(result.basis()).isEqualTo(WithholdingBasis.DEFAULT_NO_TREATY_CLAIM);
            assertThat(result.withheld()).isEqualTo(Money.of(300, "USD"));
        }

        @Test
        void an_expired_form_gets_the_default() {
            Optional<WithholdingForm> form = Optional.of(
                    new WithholdingForm("W-8BEN", CountryCode.of("FR"), true, "", LocalDate.of(2022, 6, 1)));
            WithholdingDetermination result =
                    table.determine(payment("US", "FR", RoyaltyType.OTHER_COPYRIGHT, 1000, form));
            assertThat(form.get().validUntil()).isEqualTo(LocalDate.of(2025, 12, 31));
            assertThat(result.basis()).isEqualTo(WithholdingBasis.DEFAULT_FORM_NOT_IN_EFFECT);
            assertThat(result.withheld()).isEqualTo(Money.of(300, "USD"));
        }

        @Test
        void a_form_for_another_residence_gets_the_default() {
            WithholdingDetermination result =
                    table.determine(payment("US", "FR", RoyaltyType.OTHER_COPYRIGHT, 1000, treatyForm("DE")));
            assertThat(result.basis()).isEqualTo(WithholdingBasis.DEFAULT_RESIDENCE_MISMATCH);
        }

        @Test
        void a_country_without_treaty_gets_the_default() {
            WithholdingDetermination result =
                    table.determine(payment("US", "SG", RoyaltyType.OTHER_COPYRIGHT, 1000, treatyForm("SG")));
            assertThat(result.basis()).isEqualTo(WithholdingBasis.DEFAULT_NO_TREATY);
            assertThat(result.withheld()).isEqualTo(Money.of(300, "USD"));
        }

        @Test
        void a_domestic_payee_is_not_withheld_on() {
            WithholdingDetermination result =
                    table.determine(payment("US", "US", RoyaltyType.OTHER_COPYRIGHT, 1000, Optional.empty()));
            assertThat(result.basis()).isEqualTo(WithholdingBasis.DOMESTIC_PAYEE);
            assertThat(result.withheld().amountMinor()).isZero();
        }
    }

    @Nested
    class Payer_jurisdictions {
        @Test
        void a_uk_payer_withholds_basic_rate_on_copyright_royalties() {
            WithholdingDetermination result =
                    table.determine(payment("GB", "BR", RoyaltyType.OTHER_COPYRIGHT, 1000, Optional.empty()));
            assertThat(result.withheld()).isEqualTo(Money.of(200, "USD"));
        }

        @Test
        void a_uk_payer_applies_the_us_treaty() {
            WithholdingDetermination result =
                    table.determine(payment("GB", "US", RoyaltyType.OTHER_COPYRIGHT, 1000, treatyForm("US")));
            assertThat(result.basis()).isEqualTo(WithholdingBasis.TREATY_RATE);
            assertThat(result.withheld().amountMinor()).isZero();
        }

        @Test
        void an_unconfigured_payer_is_rejected() {
            assertThat(codeOf(() ->
                            table.determine(payment("FR", "DE", RoyaltyType.OTHER_COPYRIGHT, 1000, Optional.empty()))))
                    .isEqualTo(TaxErrorCode.UNKNOWN_PAYER_JURISDICTION);
        }

        @Test
        void a_date_before_the_data_is_rejected() {
            RoyaltyPayment early = new RoyaltyPayment(
                    "p",
                    "c",
                    "n",
                    CountryCode.of("US"),
                    CountryCode.of("DE"),
                    RoyaltyType.OTHER_COPYRIGHT,
                    Money.of(1, "USD"),
                    LocalDate.of(2020, 1, 1),
                    Optional.empty());
            assertThat(codeOf(() -> table.determine(early))).isEqualTo(TaxErrorCode.NO_RATE_FOR_DATE);
        }

        @Test
        void a_negative_royalty_is_rejected() {
            assertThat(codeOf(() ->
                            table.determine(payment("US", "DE", RoyaltyType.OTHER_COPYRIGHT, -1, Optional.empty()))))
                    .isEqualTo(TaxErrorCode.NEGATIVE_AMOUNT);
        }
    }

    @Nested
    class Data {
        static final String HEADER =
                "payer,payee_residence,royalty_type,basis,rate,valid_from,valid_to,source,last_reviewed,confidence\n";

        @Test
        void overlapping_rows_are_rejected() {
            String csv = HEADER
                    + "US,*,OTHER_COPYRIGHT,DEFAULT,30,2024-01-01,,s,2026-11-01,HIGH\n"
                    + "US,*,OTHER_COPYRIGHT,DEFAULT,28,2025-01-01,,s,2026-11-01,HIGH\n";
            assertThat(codeOf(() -> WithholdingTable.fromCsv("w.csv", csv)))
                    .isEqualTo(TaxErrorCode.INVALID_WITHHOLDING_DATA);
        }

        @Test
        void a_treaty_row_without_country_is_rejected() {
            String csv = HEADER + "US,*,OTHER_COPYRIGHT,TREATY,0,2024-01-01,,s,2026-11-01,HIGH\n";
            assertThat(codeOf(() -> WithholdingTable.fromCsv("w.csv", csv)))
                    .isEqualTo(TaxErrorCode.INVALID_WITHHOLDING_DATA);
        }

        @Test
        void a_rate_change_applies_from_its_effective_date() {
            String csv = HEADER
                    + "US,*,OTHER_COPYRIGHT,DEFAULT,30,2024-01-01,2026-01-01,s,2026-11-01,HIGH\n"
                    + "US,*,OTHER_COPYRIGHT,DEFAULT,25,2026-01-01,,s,2026-11-01,HIGH\n";
            WithholdingTable custom = WithholdingTable.fromCsv("w.csv", csv);
            assertThat(custom.determine(payment("US", "DE", RoyaltyType.OTHER_COPYRIGHT, 1000, Optional.empty()))
                            .withheld())
                    .isEqualTo(Money.of(250, "USD"));
        }
    }
}
