package io.rightline.chaincode.common;

import java.util.Locale;
import java.util.Set;

/** ISO 3166-1 alpha-2 territory codes, from the JDK's copy of the standard. */
public final class Territory {

    /** The token standing for every ISO 3166-1 alpha-2 territory. */
    public static final String WORLD = "WORLD";

    private static final Set<String> CODES = Set.of(Locale.getISOCountries());

    private Territory() {}

    /** True when {@code code} is an upper-case ISO 3166-1 alpha-2 code. */
    public static boolean isValid(String code) {
        return code != null && CODES.contains(code);
    }

    /** All codes. */
    public static Set<String> all() {
        return CODES;
    }

    /** {@code code} if valid, else an {@link ErrorCode#INVALID_TERRITORY} refusal. */
    public static String require(String code) {
        if (!isValid(code)) {
            throw Refusals.refuse(ErrorCode.INVALID_TERRITORY, "not an ISO 3166-1 alpha-2 code: " + code);
        }
        return code;
    }
}
