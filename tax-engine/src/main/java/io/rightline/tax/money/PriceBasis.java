package io.rightline.tax.money;

/** Whether a price already contains the tax. */
public enum PriceBasis {
    /** The price is net; tax is added on top. */
    TAX_EXCLUSIVE,
    /** The price is gross; tax is extracted from it and net is the rest. */
    TAX_INCLUSIVE
}
