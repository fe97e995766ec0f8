package io.rightline.tax.liability;

/** Whether the customer claims to buy as a business. */
public enum CustomerType {
    /** A final consumer (B2C). */
    CONSUMER,
    /** A business (B2B); proven only by a confirmed tax number. */
    BUSINESS
}
