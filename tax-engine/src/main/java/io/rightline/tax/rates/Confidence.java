package io.rightline.tax.rates;

/** How sure the maintainers are of a data row; LOW rows are listed in the README for review. */
public enum Confidence {
    /** Checked against the cited official source. */
    HIGH,
    /** Cited, but one detail (scope for audiobooks, a start date) deserves a second look. */
    MEDIUM,
    /** Best knowledge, to be verified against the source before relying on it. */
    LOW
}
