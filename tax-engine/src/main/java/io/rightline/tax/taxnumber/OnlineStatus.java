package io.rightline.tax.taxnumber;

/** The answer of an online registry (VIES) about a tax number. */
public enum OnlineStatus {
    /** The registry confirms the number is valid. */
    VALID,
    /** The registry says the number is not valid. */
    INVALID,
    /** The registry rejected the request as malformed (VIES fault {@code INVALID_INPUT}). */
    INVALID_INPUT,
    /**
     * The registry could not answer now (VIES faults {@code MS_UNAVAILABLE}, {@code
     * SERVICE_UNAVAILABLE}, {@code TIMEOUT}, {@code MS_MAX_CONCURRENT_REQ}, {@code
     * GLOBAL_MAX_CONCURRENT_REQ}, or a network failure). Retry later.
     */
    UNAVAILABLE,
    /** No online check exists for the country, or none was made. */
    NOT_CHECKED
}
