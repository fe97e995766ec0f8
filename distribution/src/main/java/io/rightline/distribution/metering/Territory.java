package io.rightline.distribution.metering;

import com.fasterxml.jackson.annotation.JsonValue;
import io.rightline.distribution.problem.ApiException;
import java.util.Locale;
import java.util.Set;
import org.springframework.http.HttpStatus;

/**
 * An ISO 3166-1 alpha-2 territory code, upper case, checked against {@link Locale#getISOCountries()}.
 *
 * <pre>{@code
 * Territory de = Territory.of("DE");
 * }</pre>
 *
 * @param code the two-letter code, e.g. {@code DE}
 */
public record Territory(@JsonValue String code) {
    /** Stable error code for a code that is not an ISO 3166-1 alpha-2 country. */
    public static final String UNKNOWN_TERRITORY = "UNKNOWN_TERRITORY";

    private static final Set<String> CODES = Set.of(Locale.getISOCountries());

    public Territory {
        if (code == null || !CODES.contains(code)) {
            throw new ApiException(
                    UNKNOWN_TERRITORY, HttpStatus.BAD_REQUEST, "not an ISO 3166-1 alpha-2 territory: " + code);
        }
    }

    /** The territory with this code; {@code UNKNOWN_TERRITORY} (400) when there is none. */
    public static Territory of(String code) {
        return new Territory(code);
    }

    @Override
    public String toString() {
        return code;
    }
}
