package io.rightline.tax.rates;

import io.rightline.tax.CountryCode;
import io.rightline.tax.TaxErrorCode;
import io.rightline.tax.TaxException;
import java.util.Objects;

/**
 * A taxing jurisdiction: a country, or a country subdivision written {@code CC-SUB} (ISO 3166-2
 * style, e.g. {@code CA-QC}, {@code US-WA}).
 *
 * <pre>{@code
 * Jurisdiction quebec = Jurisdiction.of("CA-QC");
 * Jurisdiction germany = Jurisdiction.country(CountryCode.of("DE"));
 * }</pre>
 *
 * @param country the country
 * @param subdivision the subdivision code, or the empty string for the country itself
 */
public record Jurisdiction(CountryCode country, String subdivision) {

    /** Validates the subdivision: one to three upper-case letters or digits, or empty. */
    public Jurisdiction {
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(subdivision, "subdivision");
        if (!validSubdivision(subdivision)) {
            throw new TaxException(TaxErrorCode.UNKNOWN_JURISDICTION, "bad subdivision: " + subdivision);
        }
    }

    private static boolean validSubdivision(String subdivision) {
        if (subdivision.length() > 3) {
            return false;
        }
        for (int i = 0; i < subdivision.length(); i++) {
            char c = subdivision.charAt(i);
            if (!(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9')) {
                return false;
            }
        }
        return true;
    }

    /** The whole country. */
    public static Jurisdiction country(CountryCode country) {
        return new Jurisdiction(country, "");
    }

    /**
     * Parses {@code CC} or {@code CC-SUB}.
     *
     * @throws TaxException {@link TaxErrorCode#UNKNOWN_COUNTRY} or {@link
     *     TaxErrorCode#UNKNOWN_JURISDICTION} for bad input
     */
    public static Jurisdiction of(String code) {
        if (code == null) {
            throw new TaxException(TaxErrorCode.UNKNOWN_JURISDICTION, "jurisdiction is missing");
        }
        int dash = code.indexOf('-');
        if (dash < 0) {
            return country(CountryCode.of(code));
        }
        return new Jurisdiction(CountryCode.of(code.substring(0, dash)), code.substring(dash + 1));
    }

    /** Whether this is a subdivision rather than a whole country. */
    public boolean isSubdivision() {
        return !subdivision.isEmpty();
    }

    /** The code, {@code CC} or {@code CC-SUB}. */
    public String code() {
        return subdivision.isEmpty() ? country.alpha2() : country.alpha2() + "-" + subdivision;
    }

    @Override
    public String toString() {
        return code();
    }
}
