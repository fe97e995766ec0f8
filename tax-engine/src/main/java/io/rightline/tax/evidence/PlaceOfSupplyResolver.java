package io.rightline.tax.evidence;

/**
 * Decides the customer's country from location evidence.
 *
 * <pre>{@code
 * PlaceOfSupply place = PlaceOfSupplyResolver.eu282().locate(evidence);
 * if (place instanceof PlaceOfSupply.Determined d) {
 *     CountryCode country = d.country();
 * }
 * }</pre>
 */
public interface PlaceOfSupplyResolver {

    /** Locates the customer; contradictory or insufficient evidence is a result, not an exception. */
    PlaceOfSupply locate(LocationEvidence evidence);

    /**
     * The rules of Implementing Regulation (EU) 282/2011 Art. 24a–24f, as described in the module
     * README. Stateless and thread-safe.
     */
    static PlaceOfSupplyResolver eu282() {
        return Eu282Resolver.INSTANCE;
    }
}
