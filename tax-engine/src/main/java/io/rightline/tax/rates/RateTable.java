package io.rightline.tax.rates;

import io.rightline.tax.CountryCode;
import io.rightline.tax.ProductClass;
import io.rightline.tax.TaxErrorCode;
import io.rightline.tax.TaxException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Tax rates by jurisdiction, product class and date, loaded from versioned data files and checked
 * for gaps and overlaps. Immutable and thread-safe; lookups do not allocate.
 *
 * <pre>{@code
 * RateTable rates = RateTable.bundled();
 * AppliedRates applied = rates.lookup(Jurisdiction.of("DE"), ProductClass.EBOOK, LocalDate.of(2020, 8, 1));
 * // one component: DE VAT reduced 5 %, source UStG s.28(2)
 * }</pre>
 */
public interface RateTable {

    /** The data version from {@code index.properties}. */
    String dataVersion();

    /** Every jurisdiction with a profile. */
    Set<Jurisdiction> jurisdictions();

    /** Every rate entry, in file order. */
    List<RateEntry> entries();

    /**
     * The profile of a jurisdiction.
     *
     * @throws TaxException {@link TaxErrorCode#UNKNOWN_JURISDICTION} if the engine has no data for it
     */
    JurisdictionProfile profile(Jurisdiction jurisdiction);

    /**
     * Resolves the jurisdiction for a country and an optional subdivision (empty string for none).
     *
     * @throws TaxException {@link TaxErrorCode#SUBDIVISION_REQUIRED} when the country taxes by
     *     subdivision and none was given, {@link TaxErrorCode#UNKNOWN_JURISDICTION} when there is no
     *     data
     */
    JurisdictionProfile resolve(CountryCode country, String subdivision);

    /**
     * The taxes that apply on a date.
     *
     * @throws TaxException {@link TaxErrorCode#UNKNOWN_JURISDICTION} or {@link
     *     TaxErrorCode#NO_RATE_FOR_DATE}; never a default rate
     */
    AppliedRates lookup(Jurisdiction jurisdiction, ProductClass productClass, LocalDate date);

    /** The rate table bundled with the library (loaded once). */
    static RateTable bundled() {
        return RateTableLoader.bundled();
    }

    /**
     * Builds a rate table from CSV text, with the same checks as the bundled data.
     *
     * @param dataVersion the version label
     * @param jurisdictionsCsv the jurisdictions file
     * @param rateFiles rate files by name, in the order to read them
     * @throws TaxException {@link TaxErrorCode#INVALID_RATE_DATA}, {@link TaxErrorCode#RATE_GAP},
     *     {@link TaxErrorCode#RATE_OVERLAP} or {@link TaxErrorCode#INVALID_RATE}
     */
    static RateTable fromCsv(String dataVersion, String jurisdictionsCsv, Map<String, String> rateFiles) {
        return RateTableLoader.fromCsv(dataVersion, jurisdictionsCsv, rateFiles);
    }
}
