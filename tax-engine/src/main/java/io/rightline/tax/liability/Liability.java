package io.rightline.tax.liability;

/** Who owes the tax on a sale. */
public enum Liability {
    /** The platform is the deemed supplier of a consumer sale and collects and remits the tax. */
    PLATFORM_COLLECTS,
    /** Business customer in the platform's own country: the platform charges domestic tax. */
    PLATFORM_COLLECTS_DOMESTIC_B2B,
    /** Business customer abroad with a confirmed tax number: the customer self-accounts. */
    REVERSE_CHARGE
}
