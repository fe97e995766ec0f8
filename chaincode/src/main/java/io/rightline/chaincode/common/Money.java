package io.rightline.chaincode.common;

import java.util.Currency;

/**
 * An amount in integer minor units of an ISO 4217 currency.
 *
 * @param amountMinor non-negative amount in minor units (cents for EUR)
 * @param currency ISO 4217 alphabetic code
 */
public record Money(long amountMinor, String currency) {

    public Money {
        if (amountMinor < 0) {
            throw Refusals.refuse(ErrorCode.INVALID_ARGUMENT, "amountMinor must not be negative: " + amountMinor);
        }
        currency = requireCurrency(currency);
    }

    /** {@code code} if it is an ISO 4217 currency code, else an {@link ErrorCode#INVALID_CURRENCY} refusal. */
    public static String requireCurrency(String code) {
        try {
            if (code != null && Currency.getInstance(code).getCurrencyCode().equals(code)) {
                return code;
            }
        } catch (IllegalArgumentException e) {
            // falls through to the refusal below
        }
        throw Refusals.refuse(ErrorCode.INVALID_CURRENCY, "not an ISO 4217 currency: " + code);
    }
}
