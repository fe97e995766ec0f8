package io.rightline.testsupport.chaincode;

import java.util.List;
import java.util.Map;

/**
 * {@code licences:grantLicence} requests. Defaults: {@code licence-1} on {@code work-1} to
 * {@code dist-a}, FR, SVOD, non-exclusive, from 2026-01-01 open-ended, fee 1000.00 EUR.
 */
public final class Licences extends RequestBuilder<Licences> {

    private Licences() {}

    public static Licences aLicence() {
        return aLicence("licence-1");
    }

    public static Licences aLicence(String licenceId) {
        return new Licences()
                .with("licenceId", licenceId)
                .with("workId", "work-1")
                .with("licenseePartyId", "dist-a")
                .with("territories", territorySet(List.of("FR"), List.of()))
                .with("window", windowOf("2026-01-01T00:00:00Z", null))
                .with("channel", "SVOD")
                .with("exclusive", false)
                .with("terms", Map.of("fixedFee", Map.of("amountMinor", 100_000, "currency", "EUR")));
    }

    /** A territory set value. */
    public static Map<String, Object> territorySet(List<String> include, List<String> exclude) {
        return Map.of("include", include, "exclude", exclude);
    }

    /** A window value; {@code end} may be {@code null} for open-ended. */
    public static Map<String, Object> windowOf(String start, String end) {
        return end == null ? Map.of("start", start) : Map.of("start", start, "end", end);
    }

    public Licences territories(String... include) {
        return with("territories", territorySet(List.of(include), List.of()));
    }

    public Licences window(String start, String end) {
        return with("window", windowOf(start, end));
    }

    public Licences exclusive(boolean exclusive) {
        return with("exclusive", exclusive);
    }
}
