package io.rightline.tax.evidence;

import io.rightline.tax.CountryCode;
import java.util.Objects;

/**
 * One piece of location evidence: the country it points to and who provided it.
 *
 * <pre>{@code
 * Evidence card = new Evidence(EvidenceType.BANK_DETAILS, CountryCode.of("DE"), EvidenceSource.THIRD_PARTY);
 * }</pre>
 *
 * @param type what the evidence is
 * @param country the country it indicates
 * @param source who provided it
 */
public record Evidence(EvidenceType type, CountryCode country, EvidenceSource source) {
    /** Rejects nulls. */
    public Evidence {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(source, "source");
    }

    /** Evidence collected by the platform itself. */
    public static Evidence supplier(EvidenceType type, String country) {
        return new Evidence(type, CountryCode.of(country), EvidenceSource.SUPPLIER);
    }

    /** Evidence provided by another party to the supply (payment provider, operator). */
    public static Evidence thirdParty(EvidenceType type, String country) {
        return new Evidence(type, CountryCode.of(country), EvidenceSource.THIRD_PARTY);
    }
}
