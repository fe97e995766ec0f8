package io.rightline.tax.taxnumber;

import java.util.Objects;

/**
 * Everything known about a customer's tax number at the time of a sale: the offline verdict and the
 * online answer. Determinations take this as input so that they stay pure: the same check always
 * gives the same determination.
 *
 * <pre>{@code
 * TaxNumber number = TaxNumber.parse("FR40303265045");
 * TaxNumberCheck check = new TaxNumberCheck(number,
 *         TaxNumberValidator.standard().validate(number), vies.check(number));
 * }</pre>
 *
 * @param number the number
 * @param format the offline verdict
 * @param online the online answer ({@link OnlineCheck#notChecked()} where no registry exists)
 */
public record TaxNumberCheck(TaxNumber number, FormatVerdict format, OnlineCheck online) {
    /** Rejects nulls. */
    public TaxNumberCheck {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(online, "online");
    }

    /**
     * Whether the number proves a business customer: it passed the offline checks and, where an
     * online registry is required, the registry confirmed it.
     *
     * @param onlineRequired whether the customer's regime requires an online confirmation (EU: VIES)
     */
    public boolean confirms(boolean onlineRequired) {
        if (!format.isValid()) {
            return false;
        }
        return onlineRequired ? online.status() == OnlineStatus.VALID : online.status() != OnlineStatus.INVALID;
    }
}
