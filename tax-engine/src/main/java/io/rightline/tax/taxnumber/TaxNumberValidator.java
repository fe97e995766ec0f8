package io.rightline.tax.taxnumber;

import io.rightline.tax.CountryCode;
import java.util.Set;

/**
 * Offline validation of tax numbers by format and, where published, check digit.
 *
 * <pre>{@code
 * FormatVerdict verdict = TaxNumberValidator.standard().validate(TaxNumber.parse("DE136695976"));
 * // VALID_WITH_CHECK_DIGIT
 * }</pre>
 */
public interface TaxNumberValidator {

    /** Checks format and check digit. */
    FormatVerdict validate(TaxNumber number);

    /** Countries whose check digit is verified (the rest are format only). */
    Set<CountryCode> checkDigitCountries();

    /** The rules described in the module README. Thread-safe. */
    static TaxNumberValidator standard() {
        return TaxNumberRules.INSTANCE;
    }
}
