package io.rightline.tax.determination;

import io.rightline.tax.CountryCode;
import io.rightline.tax.TaxErrorCode;
import io.rightline.tax.TaxException;
import io.rightline.tax.evidence.PlaceOfSupplyResolver;
import io.rightline.tax.rates.RateTable;

/**
 * Determines the tax on a sale: place of supply, who owes the tax, the rate in force, and the
 * amounts. Pure: the same request and rate table always give the same determination.
 *
 * <pre>{@code
 * TaxEngine engine = TaxEngine.create(RateTable.bundled(), CountryCode.of("IE"));
 * Determination result = engine.determine(sale);
 * switch (result) {
 *     case Determination.Taxed taxed -> post(taxed.tax());
 *     case Determination.Unlocated unlocated -> hold(unlocated.place());
 * }
 * }</pre>
 */
public interface TaxEngine {

    /**
     * Determines the tax on one sale.
     *
     * @throws TaxException with {@link TaxErrorCode#NEGATIVE_AMOUNT}, {@link
     *     TaxErrorCode#AMOUNT_OVERFLOW}, {@link TaxErrorCode#UNKNOWN_JURISDICTION}, {@link
     *     TaxErrorCode#SUBDIVISION_REQUIRED} or {@link TaxErrorCode#NO_RATE_FOR_DATE}; never a
     *     default rate
     */
    Determination determine(SaleRequest sale);

    /**
     * An engine over a rate table for a platform established in the given country.
     *
     * @param rates the rate table
     * @param establishment the platform's country of establishment (decides domestic B2B)
     */
    static TaxEngine create(RateTable rates, CountryCode establishment) {
        return new DefaultTaxEngine(rates, PlaceOfSupplyResolver.eu282(), establishment);
    }
}
