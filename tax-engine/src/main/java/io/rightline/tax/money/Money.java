package io.rightline.tax.money;

import io.rightline.tax.TaxErrorCode;
import io.rightline.tax.TaxException;
import java.util.Currency;
import java.util.Objects;

/**
 * An amount in integer minor units of an ISO 4217 currency. Arithmetic is exact: overflow raises
 * {@link TaxErrorCode#AMOUNT_OVERFLOW} and mixing currencies raises {@link
 * TaxErrorCode#CURRENCY_MISMATCH}.
 *
 * <pre>{@code
 * Money price = Money.of(999, "EUR"); // EUR 9.99
 * Money twice = price.plus(price);    // EUR 19.98
 * }</pre>
 *
 * @param amountMinor amount in minor units (cents for EUR, yen for JPY)
 * @param currency the ISO 4217 currency; its minor-unit exponent is {@link
 *     Currency#getDefaultFractionDigits()}
 */
public record Money(long amountMinor, Currency currency) {

    /** Validates the currency. */
    public Money {
        Objects.requireNonNull(currency, "currency");
        if (currency.getDefaultFractionDigits() < 0) {
            throw new TaxException(TaxErrorCode.UNKNOWN_CURRENCY, "currency without minor units: " + currency);
        }
    }

    /**
     * An amount in the currency with the given ISO 4217 code.
     *
     * @throws TaxException {@link TaxErrorCode#UNKNOWN_CURRENCY} for an unknown code
     */
    public static Money of(long amountMinor, String currencyCode) {
        return new Money(amountMinor, currency(currencyCode));
    }

    /** Zero in the currency. */
    public static Money zero(Currency currency) {
        return new Money(0, currency);
    }

    /**
     * Looks up an ISO 4217 currency.
     *
     * @throws TaxException {@link TaxErrorCode#UNKNOWN_CURRENCY} for an unknown code
     */
    public static Currency currency(String code) {
        try {
            return Currency.getInstance(code);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new TaxException(TaxErrorCode.UNKNOWN_CURRENCY, "unknown ISO 4217 currency: " + code, e);
        }
    }

    /** The sum; both amounts must share the currency. */
    public Money plus(Money other) {
        requireSameCurrency(other);
        try {
            return new Money(Math.addExact(amountMinor, other.amountMinor), currency);
        } catch (ArithmeticException e) {
            throw new TaxException(TaxErrorCode.AMOUNT_OVERFLOW, amountMinor + " + " + other.amountMinor, e);
        }
    }

    /** The difference; both amounts must share the currency. */
    public Money minus(Money other) {
        requireSameCurrency(other);
        try {
            return new Money(Math.subtractExact(amountMinor, other.amountMinor), currency);
        } catch (ArithmeticException e) {
            throw new TaxException(TaxErrorCode.AMOUNT_OVERFLOW, amountMinor + " - " + other.amountMinor, e);
        }
    }

    /**
     * Fails with {@link TaxErrorCode#NEGATIVE_AMOUNT} when the amount is below zero.
     *
     * @return this amount
     */
    public Money requireNonNegative() {
        if (amountMinor < 0) {
            throw new TaxException(TaxErrorCode.NEGATIVE_AMOUNT, "negative amount: " + this);
        }
        return this;
    }

    /**
     * Fails with {@link TaxErrorCode#CURRENCY_MISMATCH} unless the other amount is in this currency.
     */
    public void requireSameCurrency(Money other) {
        if (!currency.equals(other.currency)) {
            throw new TaxException(
                    TaxErrorCode.CURRENCY_MISMATCH,
                    currency.getCurrencyCode() + " vs " + other.currency.getCurrencyCode());
        }
    }

    /** The minor-unit exponent of the currency (2 for EUR, 0 for JPY, 3 for KWD). */
    public int fractionDigits() {
        return currency.getDefaultFractionDigits();
    }

    /** The amount as a plain decimal string in major units, such as {@code 12.34} or {@code -0.05}. */
    public String toDecimalString() {
        return java.math.BigDecimal.valueOf(amountMinor, fractionDigits()).toPlainString();
    }

    @Override
    public String toString() {
        return currency.getCurrencyCode() + " " + toDecimalString();
    }
}
