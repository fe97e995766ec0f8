package io.rightline.tax.rates;

import io.rightline.tax.TaxErrorCode;
import io.rightline.tax.TaxException;

/** The legal kind of a rate; zero, exempt and not-taxable all carry a rate of 0. */
public enum RateType {
    /** The standard rate. */
    STANDARD("standard"),
    /** A reduced rate. */
    REDUCED("reduced"),
    /** A super-reduced rate (below 5 %). */
    SUPER_REDUCED("super-reduced"),
    /** Taxable at 0 % (zero-rated: input tax stays deductible). */
    ZERO("zero"),
    /** Exempt from tax. */
    EXEMPT("exempt"),
    /** Outside the scope of the tax (for example, a US state that does not tax digital goods). */
    NOT_TAXABLE("not-taxable");

    private final String label;

    RateType(String label) {
        this.label = label;
    }

    /** The name used in the data files and reports. */
    public String label() {
        return label;
    }

    /** Whether the rate must be zero. */
    public boolean isNil() {
        return this == ZERO || this == EXEMPT || this == NOT_TAXABLE;
    }

    /**
     * Parses a data-file label.
     *
     * @throws TaxException {@link TaxErrorCode#INVALID_RATE_DATA} for an unknown label
     */
    public static RateType parse(String label) {
        for (RateType type : values()) {
            if (type.label.equals(label)) {
                return type;
            }
        }
        throw new TaxException(TaxErrorCode.INVALID_RATE_DATA, "unknown rate type: " + label);
    }
}
