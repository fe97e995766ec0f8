package io.rightline.tax.money;

import io.rightline.tax.TaxErrorCode;
import io.rightline.tax.TaxException;

/**
 * Exact tax arithmetic on minor units with rates in parts per million (ppm: 19 % = 190 000 ppm,
 * 9.975 % = 99 750 ppm). Every result is rounded once, by the jurisdiction's {@link RoundingRule}.
 *
 * <p>Remainders: for a tax-exclusive price the tax is {@code round(net × ppm / 10^6)} and gross is
 * net + tax. For a tax-inclusive price the tax is {@code round(gross × ppm / (10^6 + ppm))} and net is
 * gross − tax, so net + tax always equals the price exactly and the rounding remainder lands in net.
 *
 * <p>Products are computed with {@link Math#multiplyExact(long, long)}: amounts up to about 9.2 ×
 * 10^12 minor units per line are supported, larger ones fail with {@link
 * TaxErrorCode#AMOUNT_OVERFLOW}.
 *
 * <pre>{@code
 * long tax = TaxArithmetic.taxOnNet(1000, 190_000, RoundingRule.HALF_UP); // 190
 * }</pre>
 */
public final class TaxArithmetic {
    /** The denominator of a ppm rate. */
    public static final long PPM = 1_000_000L;

    private TaxArithmetic() {}

    /** Tax on a net (tax-exclusive) amount. */
    public static long taxOnNet(long netMinor, long ratePpm, RoundingRule rounding) {
        requireInputs(netMinor, ratePpm);
        return rounding.divide(multiply(netMinor, ratePpm), PPM);
    }

    /** Tax contained in a gross (tax-inclusive) amount. */
    public static long taxInGross(long grossMinor, long ratePpm, RoundingRule rounding) {
        requireInputs(grossMinor, ratePpm);
        return rounding.divide(multiply(grossMinor, ratePpm), PPM + ratePpm);
    }

    /** A share of an amount at a rate in ppm (used for withholding). */
    public static long share(long amountMinor, long ratePpm, RoundingRule rounding) {
        return taxOnNet(amountMinor, ratePpm, rounding);
    }

    private static void requireInputs(long amountMinor, long ratePpm) {
        if (amountMinor < 0) {
            throw new TaxException(TaxErrorCode.NEGATIVE_AMOUNT, "negative amount: " + amountMinor);
        }
        if (ratePpm < 0 || ratePpm > PPM) {
            throw new TaxException(TaxErrorCode.INVALID_RATE, "rate outside 0..100 %: " + ratePpm + " ppm");
        }
    }

    private static long multiply(long amountMinor, long ratePpm) {
        try {
            return Math.multiplyExact(amountMinor, ratePpm);
        } catch (ArithmeticException e) {
            throw new TaxException(TaxErrorCode.AMOUNT_OVERFLOW, amountMinor + " x " + ratePpm + " ppm", e);
        }
    }
}
