package io.rightline.tax;

/**
 * Stable error codes of the tax engine. Callers and logs key on these names; never rename one.
 *
 * <p>Insufficient or contradictory location evidence is not an error: it is a result (see
 * {@code io.rightline.tax.evidence.PlaceOfSupply}) that the caller must handle.
 */
public enum TaxErrorCode {
    /** A country code that is not an ISO 3166-1 alpha-2 code known to the JDK. */
    UNKNOWN_COUNTRY,
    /** A jurisdiction (country or country subdivision) for which the engine holds no data. */
    UNKNOWN_JURISDICTION,
    /** A country that needs a subdivision (Canadian province, US state) was given without one. */
    SUBDIVISION_REQUIRED,
    /** An amount below zero where only zero or more is allowed. */
    NEGATIVE_AMOUNT,
    /** An amount or intermediate product that does not fit a signed 64-bit integer. */
    AMOUNT_OVERFLOW,
    /** A product class name that is not one of {@link ProductClass}. */
    UNKNOWN_PRODUCT_CLASS,
    /** No rate entry covers the requested date. */
    NO_RATE_FOR_DATE,
    /** Two amounts in different currencies were combined. */
    CURRENCY_MISMATCH,
    /** An ISO 4217 currency code the JDK does not know, or one without minor units. */
    UNKNOWN_CURRENCY,
    /** A rate data file is malformed (bad column, bad number, bad date). */
    INVALID_RATE_DATA,
    /** Two rate entries for the same jurisdiction, tax and product class overlap in time. */
    RATE_OVERLAP,
    /** Two consecutive rate entries for the same jurisdiction, tax and product class leave a gap. */
    RATE_GAP,
    /** A rate that cannot be represented exactly in parts per million, or outside 0..100 %. */
    INVALID_RATE,
    /** A withholding data file is malformed or has overlapping entries. */
    INVALID_WITHHOLDING_DATA,
    /** No withholding rule exists for the payer jurisdiction. */
    UNKNOWN_PAYER_JURISDICTION,
    /** Report input that cannot be reported (empty period, wrong regime, mixed currency). */
    INVALID_REPORT_INPUT,
    /** A tax number could not be parsed at all (empty, wrong characters). */
    MALFORMED_TAX_NUMBER
}
