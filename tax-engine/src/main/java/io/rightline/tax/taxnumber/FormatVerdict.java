package io.rightline.tax.taxnumber;

/** The offline verdict on a tax number. */
public enum FormatVerdict {
    /** Matches the format and the published check digit. */
    VALID_WITH_CHECK_DIGIT,
    /** Matches the format; the country publishes no check digit the engine implements. */
    VALID_FORMAT_ONLY,
    /** Does not match the country's format. */
    INVALID_FORMAT,
    /** Matches the format but the check digit is wrong. */
    INVALID_CHECK_DIGIT,
    /** The engine has no rule for the country. */
    UNSUPPORTED_COUNTRY;

    /** Whether the number passed the offline checks. */
    public boolean isValid() {
        return this == VALID_WITH_CHECK_DIGIT || this == VALID_FORMAT_ONLY;
    }
}
