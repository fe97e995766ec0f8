package io.rightline.tax.withholding;

import io.rightline.tax.CountryCode;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A W-8BEN-style declaration on file for a payee.
 *
 * @param formType the form, such as {@code W-8BEN} or {@code W-8BEN-E}
 * @param residence the country of tax residence declared (Part I line 3 / Part II line 9)
 * @param treatyClaimed whether Part II claims treaty benefits
 * @param foreignTaxId the payee's foreign tax identifying number, or empty
 * @param signedOn the signature date
 */
public record WithholdingForm(
        String formType, CountryCode residence, boolean treatyClaimed, String foreignTaxId, LocalDate signedOn) {
    /** Rejects nulls. */
    public WithholdingForm {
        Objects.requireNonNull(formType, "formType");
        Objects.requireNonNull(residence, "residence");
        Objects.requireNonNull(foreignTaxId, "foreignTaxId");
        Objects.requireNonNull(signedOn, "signedOn");
    }

    /**
     * The last day the form is in effect: the last day of the third calendar year after the year of
     * signature (26 CFR 1.1441-1(e)(4)(ii)), absent a change in circumstances.
     */
    public LocalDate validUntil() {
        return LocalDate.of(signedOn.getYear() + 3, 12, 31);
    }

    /** Whether the form is in effect on a date. */
    public boolean inEffectOn(LocalDate date) {
        return !date.isBefore(signedOn) && !date.isAfter(validUntil());
    }
}
