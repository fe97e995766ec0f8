package io.rightline.tax.taxnumber;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rightline.tax.CountryCode;
import io.rightline.tax.TaxErrorCode;
import io.rightline.tax.TaxException;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TaxNumberValidatorTest {
    private final TaxNumberValidator validator = TaxNumberValidator.standard();

    /** Published numbers of large companies and registry examples. */
    @Nested
    class Check_digits {
        @ParameterizedTest(name = "{0} is valid")
        @CsvSource({
            "DE136695976", "ATU10223006", "BE0776091951", "BE0403170701", "DK13585628", "FI20774740",
            "FR40303265045", "IT00743110157", "LU15027442", "NL004495445B01", "PL5260250274", "PT501964843",
            "SE556188840401", "SK2022749619", "GB980780684", "NO923609016MVA", "CHE116281710MWST", "AU51824753556"
        })
        void accept_published_numbers(String number) {
            assertThat(validator.validate(TaxNumber.parse(number))).isEqualTo(FormatVerdict.VALID_WITH_CHECK_DIGIT);
        }

        @ParameterizedTest(name = "{0} has a wrong check digit")
        @CsvSource({
            "DE136695977", "ATU10223007", "BE0776091952", "DK13585629", "FI20774741", "FR41303265045",
            "IT00743110158", "LU15027443", "NL004495446B01", "PL5260250275", "PT501964844", "SE556188840501",
            "SK2022749618", "GB980780685", "NO923609017MVA", "AU51824753557"
        })
        void reject_a_changed_digit(String number) {
            assertThat(validator.validate(TaxNumber.parse(number))).isEqualTo(FormatVerdict.INVALID_CHECK_DIGIT);
        }
    }

    @Nested
    class Formats {
        @Test
        void reject_wrong_length_and_letters() {
            assertThat(validator.validate(TaxNumber.parse("DE12345678"))).isEqualTo(FormatVerdict.INVALID_FORMAT);
            assertThat(validator.validate(TaxNumber.parse("ATX10223006"))).isEqualTo(FormatVerdict.INVALID_FORMAT);
            assertThat(validator.validate(TaxNumber.parse("NL004495445C01"))).isEqualTo(FormatVerdict.INVALID_FORMAT);
        }

        @Test
        void accept_format_only_countries_without_claiming_a_check() {
            assertThat(validator.validate(TaxNumber.parse("ESA12345678"))).isEqualTo(FormatVerdict.VALID_FORMAT_ONLY);
            assertThat(validator.validate(TaxNumber.parse("EL094014201"))).isEqualTo(FormatVerdict.VALID_FORMAT_ONLY);
            assertThat(validator.validate(TaxNumber.parse("IE6388047V"))).isEqualTo(FormatVerdict.VALID_FORMAT_ONLY);
        }

        @Test
        void normalise_spaces_dots_and_dashes_and_read_el_as_greece() {
            TaxNumber number = TaxNumber.parse("de 136.695-976");
            assertThat(number).isEqualTo(new TaxNumber(CountryCode.of("DE"), "136695976"));
            assertThat(TaxNumber.parse("EL094014201").country()).isEqualTo(CountryCode.of("GR"));
            assertThat(TaxNumber.parse("EL094014201").withPrefix()).isEqualTo("EL094014201");
            assertThat(TaxNumber.of(CountryCode.of("AT"), "ATU10223006").value())
                    .isEqualTo("U10223006");
        }

        @Test
        void report_unsupported_countries() {
            assertThat(validator.validate(TaxNumber.parse("BR12345678000195")))
                    .isEqualTo(FormatVerdict.UNSUPPORTED_COUNTRY);
        }

        @Test
        void reject_garbage_with_a_specific_error() {
            assertThatThrownBy(() -> TaxNumber.parse("DE<script>"))
                    .isInstanceOfSatisfying(
                            TaxException.class, e -> assertThat(e.code()).isEqualTo(TaxErrorCode.MALFORMED_TAX_NUMBER));
            assertThatThrownBy(() -> TaxNumber.parse("XX123456789"))
                    .isInstanceOfSatisfying(
                            TaxException.class, e -> assertThat(e.code()).isEqualTo(TaxErrorCode.UNKNOWN_COUNTRY));
        }

        @Test
        void lists_the_countries_with_check_digits() {
            assertThat(validator.checkDigitCountries())
                    .contains(CountryCode.of("DE"), CountryCode.of("FR"), CountryCode.of("NL"), CountryCode.of("AU"))
                    .doesNotContain(CountryCode.of("ES"));
        }
    }
}
