package io.rightline.tax.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rightline.tax.TaxErrorCode;
import io.rightline.tax.TaxException;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TaxArithmeticTest {

    @Nested
    class On_net_prices {
        @ParameterizedTest(name = "{0} at {1} ppm {2} = {3}")
        @CsvSource({
            "1000,190000,HALF_UP,190",
            "999,190000,HALF_UP,190", // 189.81
            "50,190000,HALF_UP,10", // 9.5 rounds up
            "50,190000,HALF_EVEN,10", // 9.5 -> 10 (even)
            "150,50000,HALF_EVEN,8", // 7.5 -> 8 (even)
            "130,50000,HALF_EVEN,6", // 6.5 -> 6 (even)
            "130,50000,HALF_UP,7",
            "1999,100000,DOWN,199", // 199.9 truncated (Japan)
            "1000,99750,HALF_UP,100", // QST 99.75
            "0,190000,HALF_UP,0"
        })
        void round_once_by_the_jurisdiction_rule(long net, long ppm, RoundingRule rule, long expected) {
            assertThat(TaxArithmetic.taxOnNet(net, ppm, rule)).isEqualTo(expected);
        }
    }

    @Nested
    class On_gross_prices {
        @ParameterizedTest(name = "{0} gross at {1} ppm contains {2}")
        @CsvSource({
            "1190,190000,190",
            "999,190000,160",
            "1070,70000,70",
            "1000,0,0",
            "1,190000,0",
            "123456789,255000,25084846"
        })
        void extract_the_contained_tax(long gross, long ppm, long expected) {
            assertThat(TaxArithmetic.taxInGross(gross, ppm, RoundingRule.HALF_UP))
                    .isEqualTo(expected);
        }
    }

    @Nested
    class Bad_input {
        @Test
        void negative_amount_is_rejected() {
            assertThatThrownBy(() -> TaxArithmetic.taxOnNet(-1, 190_000, RoundingRule.HALF_UP))
                    .isInstanceOfSatisfying(
                            TaxException.class, e -> assertThat(e.code()).isEqualTo(TaxErrorCode.NEGATIVE_AMOUNT));
        }

        @Test
        void overflowing_product_is_rejected() {
            assertThatThrownBy(() -> TaxArithmetic.taxOnNet(Long.MAX_VALUE / 2, 190_000, RoundingRule.HALF_UP))
                    .isInstanceOfSatisfying(
                            TaxException.class, e -> assertThat(e.code()).isEqualTo(TaxErrorCode.AMOUNT_OVERFLOW));
        }

        @Test
        void rate_above_100_percent_is_rejected() {
            assertThatThrownBy(() -> TaxArithmetic.taxOnNet(1, 1_000_001, RoundingRule.HALF_UP))
                    .isInstanceOfSatisfying(
                            TaxException.class, e -> assertThat(e.code()).isEqualTo(TaxErrorCode.INVALID_RATE));
        }
    }
}
