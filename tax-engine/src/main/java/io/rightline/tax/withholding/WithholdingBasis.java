package io.rightline.tax.withholding;

/** Why a withholding rate was chosen. */
public enum WithholdingBasis {
    /** The payee resides in the payer's country: no withholding on payments to non-residents applies. */
    DOMESTIC_PAYEE,
    /** A valid form claims treaty benefits and a treaty rate exists. */
    TREATY_RATE,
    /** No form on file: the statutory rate applies. */
    DEFAULT_NO_FORM,
    /** The form does not claim treaty benefits. */
    DEFAULT_NO_TREATY_CLAIM,
    /** The form is not in effect on the payment date. */
    DEFAULT_FORM_NOT_IN_EFFECT,
    /** The form's residence differs from the payee's residence on record. */
    DEFAULT_RESIDENCE_MISMATCH,
    /** No treaty rate exists between the payer and the payee's country. */
    DEFAULT_NO_TREATY
}
