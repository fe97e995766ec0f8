package io.rightline.distribution.metering;

import io.rightline.distribution.problem.ApiException;
import java.util.Locale;
import org.springframework.http.HttpStatus;

/** What kind of work is played; the qualification threshold is configured per type. */
public enum ContentType {
    MUSIC,
    PODCAST,
    EPISODE,
    FILM;

    /** The lower-case name used in the API and in configuration keys, e.g. {@code music}. */
    public String apiName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The type named {@code value} (either case); {@code UNKNOWN_CONTENT_TYPE} (400) otherwise. */
    public static ContentType parse(String value) {
        for (ContentType type : values()) {
            if (type.name().equalsIgnoreCase(value)) {
                return type;
            }
        }
        throw new ApiException("UNKNOWN_CONTENT_TYPE", HttpStatus.BAD_REQUEST, "unknown content type: " + value);
    }
}
