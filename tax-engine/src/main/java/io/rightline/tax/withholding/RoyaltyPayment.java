package io.rightline.tax.withholding;

import io.rightline.tax.CountryCode;
import io.rightline.tax.money.Money;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One royalty payment to a creator.
 *
 * @param paymentId the caller's identifier
 * @param payeeId the creator's identifier
 * @param payeeName the creator's name, for statements
 * @param payer the jurisdiction of the paying entity (configurable per platform entity)
 * @param payeeResidence the payee's country of residence on record
 * @param type the kind of royalty
 * @param gross the gross royalty, zero or more
 * @param paymentDate the payment date, which selects the rate
 * @param form the declaration on file, if any
 */
public record RoyaltyPayment(
        String paymentId,
        String payeeId,
        String payeeName,
        CountryCode payer,
        CountryCode payeeResidence,
        RoyaltyType type,
        Money gross,
        LocalDate paymentDate,
        Optional<WithholdingForm> form) {
    /** Rejects nulls. */
    public RoyaltyPayment {
        Objects.requireNonNull(paymentId, "paymentId");
        Objects.requireNonNull(payeeId, "payeeId");
        Objects.requireNonNull(payeeName, "payeeName");
        Objects.requireNonNull(payer, "payer");
        Objects.requireNonNull(payeeResidence, "payeeResidence");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(gross, "gross");
        Objects.requireNonNull(paymentDate, "paymentDate");
        Objects.requireNonNull(form, "form");
    }
}
