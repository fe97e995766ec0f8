package io.rightline.tax.liability;

import java.util.Objects;

/**
 * Who owes the tax, and why.
 *
 * @param liability who owes it
 * @param basis the legal basis
 * @param note why a claimed business customer was treated as a consumer, or empty
 */
public record LiabilityDecision(Liability liability, String basis, String note) {
    /** Rejects nulls. */
    public LiabilityDecision {
        Objects.requireNonNull(liability, "liability");
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(note, "note");
    }

    /** Whether the platform charges tax on the sale. */
    public boolean platformCharges() {
        return liability != Liability.REVERSE_CHARGE;
    }
}
