package io.rightline.tax.rates;

import io.rightline.tax.money.RoundingRule;
import java.util.Objects;

/**
 * What the engine knows about a jurisdiction besides its rates.
 *
 * @param jurisdiction the jurisdiction
 * @param name its English name
 * @param regime the return regime its tax is declared under
 * @param rounding how tax is rounded to the minor unit, once per line
 * @param subdivisionRequired whether sales must name a subdivision (Canada, United States)
 * @param deemedSupplierBasis the law making the platform the supplier of consumer sales
 */
public record JurisdictionProfile(
        Jurisdiction jurisdiction,
        String name,
        TaxRegime regime,
        RoundingRule rounding,
        boolean subdivisionRequired,
        String deemedSupplierBasis) {
    /** Rejects nulls. */
    public JurisdictionProfile {
        Objects.requireNonNull(jurisdiction, "jurisdiction");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(regime, "regime");
        Objects.requireNonNull(rounding, "rounding");
        Objects.requireNonNull(deemedSupplierBasis, "deemedSupplierBasis");
    }
}
