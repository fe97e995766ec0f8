package io.rightline.tax.taxnumber;

import io.rightline.tax.CountryCode;
import io.rightline.tax.TaxErrorCode;
import io.rightline.tax.TaxException;
import java.util.Locale;
import java.util.Objects;

/**
 * A business tax number (VAT, GST, ABN) of a country, normalised: upper case, without the country
 * prefix, spaces, dots or dashes.
 *
 * <pre>{@code
 * TaxNumber number = TaxNumber.parse("DE 136 695 976"); // country DE, value 136695976
 * }</pre>
 *
 * @param country the issuing country
 * @param value the number without prefix or separators
 */
public record TaxNumber(CountryCode country, String value) {
    /** Rejects nulls and empty values. */
    public TaxNumber {
        Objects.requireNonNull(country, "country");
        if (value == null || value.isEmpty()) {
            throw new TaxException(TaxErrorCode.MALFORMED_TAX_NUMBER, "empty tax number");
        }
    }

    /**
     * Parses a number that starts with its two-letter country prefix ({@code EL} for Greece).
     *
     * @throws TaxException {@link TaxErrorCode#MALFORMED_TAX_NUMBER} or {@link
     *     TaxErrorCode#UNKNOWN_COUNTRY}
     */
    public static TaxNumber parse(String text) {
        String compact = normalise(text);
        if (compact.length() < 3) {
            throw new TaxException(TaxErrorCode.MALFORMED_TAX_NUMBER, "too short: " + text);
        }
        return new TaxNumber(CountryCode.of(compact.substring(0, 2)), compact.substring(2));
    }

    /** A number of the given country, written without or with its prefix. */
    public static TaxNumber of(CountryCode country, String text) {
        String compact = normalise(text);
        if (compact.startsWith(country.vatPrefix()) && compact.length() > 2) {
            compact = compact.substring(2);
        }
        return new TaxNumber(country, compact);
    }

    private static String normalise(String text) {
        if (text == null) {
            throw new TaxException(TaxErrorCode.MALFORMED_TAX_NUMBER, "tax number is missing");
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ' || c == '.' || c == '-') {
                continue;
            }
            if (!(c >= '0' && c <= '9' || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c == '+' || c == '*')) {
                throw new TaxException(TaxErrorCode.MALFORMED_TAX_NUMBER, "unexpected character in " + text);
            }
            out.append(c);
        }
        return out.toString().toUpperCase(Locale.ROOT);
    }

    /** The number with its VAT prefix, as VIES and invoices show it. */
    public String withPrefix() {
        return country.vatPrefix() + value;
    }
}
