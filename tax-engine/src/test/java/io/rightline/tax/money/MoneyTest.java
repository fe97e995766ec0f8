package io.rightline.tax.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rightline.tax.TaxErrorCode;
import io.rightline.tax.TaxException;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class MoneyTest {

    @Nested
    class Arithmetic {
        @Test
        void adds_and_subtracts_in_minor_units() {
            assertThat(Money.of(999, "EUR").plus(Money.of(1, "EUR"))).isEqualTo(Money.of(1000, "EUR"));
            assertThat(Money.of(5, "EUR").minus(Money.of(7, "EUR"))).isEqualTo(Money.of(-2, "EUR"));
        }

        @Test
        void refuses_to_mix_currencies() {
            assertThatThrownBy(() -> Money.of(1, "EUR").plus(Money.of(1, "USD")))
                    .isInstanceOfSatisfying(
                            TaxException.class, e -> assertThat(e.code()).isEqualTo(TaxErrorCode.CURRENCY_MISMATCH));
        }

        @Test
        void reports_overflow_instead_of_wrapping() {
            assertThatThrownBy(() -> Money.of(Long.MAX_VALUE, "EUR").plus(Money.of(1, "EUR")))
                    .isInstanceOfSatisfying(
                            TaxException.class, e -> assertThat(e.code()).isEqualTo(TaxErrorCode.AMOUNT_OVERFLOW));
            assertThatThrownBy(() -> Money.of(Long.MIN_VALUE, "EUR").minus(Money.of(1, "EUR")))
                    .isInstanceOfSatisfying(
                            TaxException.class, e -> assertThat(e.code()).isEqualTo(TaxErrorCode.AMOUNT_OVERFLOW));
        }

        @Test
        void rejects_negative_amounts_where_required() {
            assertThatThrownBy(() -> Money.of(-1, "EUR").requireNonNegative())
                    .isInstanceOfSatisfying(
                            TaxException.class, e -> assertThat(e.code()).isEqualTo(TaxErrorCode.NEGATIVE_AMOUNT));
        }
    }

    @Nested
    class Currencies {
        @Test
        void take_their_exponent_from_iso_4217() {
            assertThat(Money.of(1234, "EUR").toDecimalString()).isEqualTo("12.34");
            assertThat(Money.of(1234, "JPY").toDecimalString()).isEqualTo("1234");
            assertThat(Money.of(1234, "KWD").toDecimalString()).isEqualTo("1.234");
            assertThat(Money.of(-5, "EUR").toString()).isEqualTo("EUR -0.05");
        }

        @Test
        void reject_unknown_codes() {
            assertThatThrownBy(() -> Money.of(1, "XYZ"))
                    .isInstanceOfSatisfying(
                            TaxException.class, e -> assertThat(e.code()).isEqualTo(TaxErrorCode.UNKNOWN_CURRENCY));
        }
    }
}
