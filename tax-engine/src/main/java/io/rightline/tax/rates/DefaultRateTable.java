package io.rightline.tax.rates;

import io.rightline.tax.CountryCode;
import io.rightline.tax.ProductClass;
import io.rightline.tax.TaxErrorCode;
import io.rightline.tax.TaxException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Precomputed schedules: per jurisdiction and product class, sorted periods (epoch days) each with
 * its {@link AppliedRates}, found by binary search.
 */
final class DefaultRateTable implements RateTable {
    private final String dataVersion;
    private final Map<Jurisdiction, JurisdictionProfile> profiles;
    private final Map<Jurisdiction, Schedule[]> schedules;
    private final List<RateEntry> entries;

    private DefaultRateTable(
            String dataVersion,
            Map<Jurisdiction, JurisdictionProfile> profiles,
            Map<Jurisdiction, Schedule[]> schedules,
            List<RateEntry> entries) {
        this.dataVersion = dataVersion;
        this.profiles = profiles;
        this.schedules = schedules;
        this.entries = entries;
    }

    static DefaultRateTable build(
            String dataVersion, Map<Jurisdiction, JurisdictionProfile> profiles, List<RateEntry> entries) {
        Map<Jurisdiction, Schedule[]> schedules = new HashMap<>();
        Map<Jurisdiction, Map<ProductClass, List<RateEntry>>> grouped = new HashMap<>();
        for (RateEntry entry : entries) {
            grouped.computeIfAbsent(entry.jurisdiction(), j -> new HashMap<>())
                    .computeIfAbsent(entry.productClass(), c -> new ArrayList<>())
                    .add(entry);
        }
        grouped.forEach((jurisdiction, byClass) -> {
            Schedule[] perClass = new Schedule[ProductClass.values().length];
            byClass.forEach((productClass, list) ->
                    perClass[productClass.ordinal()] = Schedule.of(profiles.get(jurisdiction), productClass, list));
            schedules.put(jurisdiction, perClass);
        });
        return new DefaultRateTable(dataVersion, Map.copyOf(profiles), Map.copyOf(schedules), List.copyOf(entries));
    }

    @Override
    public String dataVersion() {
        return dataVersion;
    }

    @Override
    public Set<Jurisdiction> jurisdictions() {
        return profiles.keySet();
    }

    @Override
    public List<RateEntry> entries() {
        return entries;
    }

    @Override
    public JurisdictionProfile profile(Jurisdiction jurisdiction) {
        JurisdictionProfile profile = profiles.get(jurisdiction);
        if (profile == null) {
            throw new TaxException(TaxErrorCode.UNKNOWN_JURISDICTION, "no tax data for " + jurisdiction);
        }
        return profile;
    }

    @Override
    public JurisdictionProfile resolve(CountryCode country, String subdivision) {
        JurisdictionProfile countryProfile = profile(Jurisdiction.country(country));
        if (subdivision == null || subdivision.isEmpty()) {
            if (countryProfile.subdivisionRequired()) {
                throw new TaxException(
                        TaxErrorCode.SUBDIVISION_REQUIRED, country + " taxes by province or state; none given");
            }
            return countryProfile;
        }
        if (!countryProfile.subdivisionRequired()) {
            return countryProfile;
        }
        return profile(new Jurisdiction(country, subdivision));
    }

    @Override
    public AppliedRates lookup(Jurisdiction jurisdiction, ProductClass productClass, LocalDate date) {
        Objects.requireNonNull(productClass, "productClass");
        Objects.requireNonNull(date, "date");
        JurisdictionProfile profile = profile(jurisdiction);
        Schedule[] perClass = schedules.get(jurisdiction);
        Schedule schedule = perClass == null ? null : perClass[productClass.ordinal()];
        if (schedule == null) {
            throw new TaxException(
                    TaxErrorCode.NO_RATE_FOR_DATE,
                    "no rate for " + jurisdiction + " " + productClass
                            + (profile.subdivisionRequired() ? " (rates are per subdivision)" : ""));
        }
        return schedule.at(jurisdiction, productClass, date);
    }

    /** Periods [start, end) in epoch days, each with the rates in force. */
    private record Schedule(long[] start, long[] end, AppliedRates[] rates) {

        static Schedule of(JurisdictionProfile profile, ProductClass productClass, List<RateEntry> list) {
            checkSameCoverage(profile.jurisdiction(), productClass, list);
            TreeSet<Long> bounds = new TreeSet<>();
            for (RateEntry entry : list) {
                bounds.add(entry.validFrom().toEpochDay());
                bounds.add(
                        entry.validTo() == null
                                ? Long.MAX_VALUE
                                : entry.validTo().toEpochDay());
            }
            Long[] points = bounds.toArray(Long[]::new);
            int periods = points.length - 1;
            long[] start = new long[periods];
            long[] end = new long[periods];
            AppliedRates[] rates = new AppliedRates[periods];
            for (int i = 0; i < periods; i++) {
                start[i] = points[i];
                end[i] = points[i + 1];
                List<RateEntry> components = new ArrayList<>();
                for (RateEntry entry : list) {
                    long from = entry.validFrom().toEpochDay();
                    long to = entry.validTo() == null
                            ? Long.MAX_VALUE
                            : entry.validTo().toEpochDay();
                    if (from <= start[i] && start[i] < to) {
                        components.add(entry);
                    }
                }
                rates[i] = new AppliedRates(profile, components);
            }
            return new Schedule(start, end, rates);
        }

        /** Every tax of a jurisdiction and class must cover the same overall period. */
        private static void checkSameCoverage(
                Jurisdiction jurisdiction, ProductClass productClass, List<RateEntry> list) {
            Map<String, long[]> coverage = new HashMap<>();
            for (RateEntry entry : list) {
                long to = entry.validTo() == null
                        ? Long.MAX_VALUE
                        : entry.validTo().toEpochDay();
                coverage.merge(entry.tax(), new long[] {entry.validFrom().toEpochDay(), to}, (a, b) ->
                        new long[] {Math.min(a[0], b[0]), Math.max(a[1], b[1])});
            }
            Set<String> distinct = new LinkedHashSet<>();
            coverage.values().forEach(range -> distinct.add(Arrays.toString(range)));
            if (distinct.size() > 1) {
                throw new TaxException(
                        TaxErrorCode.RATE_GAP,
                        jurisdiction + "/" + productClass + ": taxes cover different periods " + coverage.keySet());
            }
        }

        AppliedRates at(Jurisdiction jurisdiction, ProductClass productClass, LocalDate date) {
            long day = date.toEpochDay();
            int index = Arrays.binarySearch(start, day);
            if (index < 0) {
                index = -index - 2;
            }
            if (index < 0 || day >= end[index]) {
                throw new TaxException(
                        TaxErrorCode.NO_RATE_FOR_DATE,
                        "no rate for " + jurisdiction + " " + productClass + " on " + date);
            }
            return rates[index];
        }

        @Override
        public boolean equals(Object other) {
            return this == other;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(this);
        }

        @Override
        public String toString() {
            return "Schedule" + Arrays.toString(start);
        }
    }
}
