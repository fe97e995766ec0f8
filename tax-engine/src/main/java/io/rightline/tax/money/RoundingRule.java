package io.rightline.tax.money;

/**
 * How a jurisdiction rounds a tax amount to the minor unit. Applied once per line (per
 * determination); see the module README for the rule of each jurisdiction.
 */
public enum RoundingRule {
    /** Round to nearest; exact halves away from zero ("commercial rounding"). EU default. */
    HALF_UP,
    /** Round to nearest; exact halves to the even neighbour. */
    HALF_EVEN,
    /** Round towards zero (truncate). Japan's common invoice practice. */
    DOWN;

    /**
     * Divides a non-negative numerator by a positive denominator and rounds by this rule.
     *
     * @param numerator zero or more
     * @param denominator more than zero
     * @return the rounded quotient
     */
    public long divide(long numerator, long denominator) {
        long quotient = numerator / denominator;
        long remainder = numerator % denominator;
        if (remainder == 0) {
            return quotient;
        }
        long twice = remainder * 2; // remainder < denominator <= 2^40 here, so no overflow
        return switch (this) {
            case DOWN -> quotient;
            case HALF_UP -> twice >= denominator ? quotient + 1 : quotient;
            case HALF_EVEN ->
                twice > denominator || twice == denominator && (quotient & 1) == 1 ? quotient + 1 : quotient;
        };
    }
}
