package io.rightline.tax;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * An ISO 3166-1 alpha-2 country code, validated against {@link Locale#getISOCountries()}.
 *
 * <p>Greece is {@code GR} here as in ISO 3166; the EU VAT prefix {@code EL} is accepted by {@link
 * #of(String)} and mapped to {@code GR}, and {@link #vatPrefix()} gives it back.
 *
 * <pre>{@code
 * CountryCode de = CountryCode.of("DE");
 * }</pre>
 *
 * @param alpha2 two upper-case letters
 */
public record CountryCode(String alpha2) {
    private static final Set<String> ISO_CODES = Set.of(Locale.getISOCountries());
    private static final Map<String, CountryCode> KNOWN = new HashMap<>();

    static {
        for (String iso : ISO_CODES) {
            KNOWN.put(iso, new CountryCode(iso));
        }
    }

    /** Validates the code; prefer {@link #of(String)}, which returns shared instances. */
    public CountryCode {
        if (alpha2 == null || !ISO_CODES.contains(alpha2)) {
            throw new TaxException(TaxErrorCode.UNKNOWN_COUNTRY, "not an ISO 3166-1 alpha-2 code: " + alpha2);
        }
    }

    /**
     * Returns the country for a code; {@code EL} is read as Greece.
     *
     * @throws TaxException {@link TaxErrorCode#UNKNOWN_COUNTRY} if the code is not ISO 3166-1 alpha-2
     */
    public static CountryCode of(String alpha2) {
        if (alpha2 == null) {
            throw new TaxException(TaxErrorCode.UNKNOWN_COUNTRY, "country code is missing");
        }
        String key = "EL".equals(alpha2) ? "GR" : alpha2;
        CountryCode code = KNOWN.get(key);
        if (code == null) {
            throw new TaxException(TaxErrorCode.UNKNOWN_COUNTRY, "not an ISO 3166-1 alpha-2 code: " + alpha2);
        }
        return code;
    }

    /** The prefix the EU uses for VAT numbers and VIES: {@code EL} for Greece, else the ISO code. */
    public String vatPrefix() {
        return "GR".equals(alpha2) ? "EL" : alpha2;
    }

    @Override
    public String toString() {
        return alpha2;
    }
}
