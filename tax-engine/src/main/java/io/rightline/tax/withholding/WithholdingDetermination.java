package io.rightline.tax.withholding;

import io.rightline.tax.money.Money;
import java.util.Objects;
import java.util.Optional;

/**
 * The withholding on one royalty payment.
 *
 * @param payment the payment
 * @param basis why the rate was chosen
 * @param rate the rate row applied (empty for a domestic payee)
 * @param withheld the tax withheld
 * @param netPaid gross minus withheld
 */
public record WithholdingDetermination(
        RoyaltyPayment payment, WithholdingBasis basis, Optional<WithholdingRate> rate, Money withheld, Money netPaid) {
    /** Rejects nulls. */
    public WithholdingDetermination {
        Objects.requireNonNull(payment, "payment");
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(rate, "rate");
        Objects.requireNonNull(withheld, "withheld");
        Objects.requireNonNull(netPaid, "netPaid");
    }

    /** The rate applied in ppm (0 when none). */
    public long ratePpm() {
        return rate.map(WithholdingRate::ratePpm).orElse(0L);
    }

    /** A readable explanation. */
    public String explain() {
        return "payment " + payment.paymentId() + " to " + payment.payeeId() + " (" + payment.payeeResidence()
                + ") by payer " + payment.payer() + ", " + payment.type() + ": " + basis
                + rate.map(r -> " at " + r.ratePercent().toPlainString() + "% (" + r.source() + ", " + r.origin() + ")")
                        .orElse("")
                + "; gross " + payment.gross() + ", withheld " + withheld + ", net " + netPaid;
    }
}
