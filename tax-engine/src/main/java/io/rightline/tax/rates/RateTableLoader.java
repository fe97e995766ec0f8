package io.rightline.tax.rates;

import io.rightline.tax.Csv;
import io.rightline.tax.ProductClass;
import io.rightline.tax.TaxErrorCode;
import io.rightline.tax.TaxException;
import io.rightline.tax.money.RoundingRule;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/** Reads the rate data files and checks them; see the module README for the format. */
final class RateTableLoader {
    private static final String BASE = "/io/rightline/tax/rates/";
    private static final List<String> RATE_HEADER = List.of(
            "jurisdiction",
            "tax",
            "product_class",
            "rate_type",
            "rate",
            "valid_from",
            "valid_to",
            "source",
            "last_reviewed",
            "confidence");
    private static final List<String> JURISDICTION_HEADER =
            List.of("jurisdiction", "name", "regime", "rounding", "subdivision_required", "deemed_supplier_basis");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private RateTableLoader() {}

    /** Holder so the bundled data is read once, on first use. */
    private static final class Bundled {
        static final RateTable TABLE = loadBundled();
    }

    static RateTable bundled() {
        return Bundled.TABLE;
    }

    private static RateTable loadBundled() {
        Properties index = new Properties();
        try (InputStream in = RateTableLoader.class.getResourceAsStream(BASE + "index.properties")) {
            if (in == null) {
                throw new TaxException(TaxErrorCode.INVALID_RATE_DATA, "index.properties missing");
            }
            index.load(in);
        } catch (IOException e) {
            throw new TaxException(TaxErrorCode.INVALID_RATE_DATA, "cannot read index.properties", e);
        }
        Map<String, String> rateFiles = new LinkedHashMap<>();
        for (String name : index.getProperty("rates", "").split(",")) {
            rateFiles.put(name.trim(), resource(name.trim()));
        }
        return fromCsv(index.getProperty("data.version"), resource(index.getProperty("jurisdictions")), rateFiles);
    }

    private static String resource(String name) {
        try (InputStream in = RateTableLoader.class.getResourceAsStream(BASE + name)) {
            if (in == null) {
                throw new TaxException(TaxErrorCode.INVALID_RATE_DATA, "missing data file " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new TaxException(TaxErrorCode.INVALID_RATE_DATA, "cannot read " + name, e);
        }
    }

    static RateTable fromCsv(String dataVersion, String jurisdictionsCsv, Map<String, String> rateFiles) {
        if (dataVersion == null || dataVersion.isBlank()) {
            throw new TaxException(TaxErrorCode.INVALID_RATE_DATA, "data version missing");
        }
        Map<Jurisdiction, JurisdictionProfile> profiles = parseProfiles(jurisdictionsCsv);
        List<RateEntry> entries = new ArrayList<>();
        rateFiles.forEach((name, text) -> entries.addAll(parseRates(name, text, profiles)));
        checkContinuity(entries);
        return DefaultRateTable.build(dataVersion, profiles, entries);
    }

    private static List<Row> rows(String name, String text, List<String> header) {
        List<Row> rows = new ArrayList<>();
        boolean headerSeen = false;
        int lineNumber = 0;
        for (String line : text.lines().toList()) {
            lineNumber++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            List<String> fields = parseFields(name, lineNumber, line);
            if (!headerSeen) {
                if (!fields.equals(header)) {
                    throw new TaxException(TaxErrorCode.INVALID_RATE_DATA, name + ": header must be " + header);
                }
                headerSeen = true;
                continue;
            }
            if (fields.size() != header.size()) {
                throw new TaxException(
                        TaxErrorCode.INVALID_RATE_DATA,
                        name + ":" + lineNumber + ": expected " + header.size() + " fields, got " + fields.size());
            }
            rows.add(new Row(name + ":" + lineNumber, fields));
        }
        return rows;
    }

    private static List<String> parseFields(String name, int lineNumber, String line) {
        try {
            return Csv.parseLine(line).stream().map(String::trim).toList();
        } catch (IllegalArgumentException e) {
            throw new TaxException(TaxErrorCode.INVALID_RATE_DATA, name + ":" + lineNumber + ": " + e.getMessage(), e);
        }
    }

    private static Map<Jurisdiction, JurisdictionProfile> parseProfiles(String text) {
        Map<Jurisdiction, JurisdictionProfile> profiles = new LinkedHashMap<>();
        for (Row row : rows("jurisdictions.csv", text, JURISDICTION_HEADER)) {
            JurisdictionProfile profile = row.wrap(() -> new JurisdictionProfile(
                    Jurisdiction.of(row.get(0)),
                    row.get(1),
                    TaxRegime.valueOf(row.get(2)),
                    RoundingRule.valueOf(row.get(3)),
                    Boolean.parseBoolean(row.get(4)),
                    row.get(5)));
            if (profiles.putIfAbsent(profile.jurisdiction(), profile) != null) {
                throw new TaxException(
                        TaxErrorCode.INVALID_RATE_DATA, row.origin + ": duplicate jurisdiction " + row.get(0));
            }
        }
        return profiles;
    }

    private static List<RateEntry> parseRates(
            String name, String text, Map<Jurisdiction, JurisdictionProfile> profiles) {
        List<RateEntry> entries = new ArrayList<>();
        for (Row row : rows(name, text, RATE_HEADER)) {
            Jurisdiction jurisdiction = row.wrap(() -> Jurisdiction.of(row.get(0)));
            if (!profiles.containsKey(jurisdiction)) {
                throw new TaxException(
                        TaxErrorCode.INVALID_RATE_DATA, row.origin + ": jurisdiction without profile " + jurisdiction);
            }
            RateType type = RateType.parse(row.get(3));
            BigDecimal percent = row.wrap(() -> new BigDecimal(row.get(4)));
            long ppm = toPpm(percent, type, row.origin);
            LocalDate from = row.date(5);
            LocalDate to = row.get(6).isEmpty() ? null : row.date(6);
            if (to != null && !to.isAfter(from)) {
                throw new TaxException(TaxErrorCode.INVALID_RATE_DATA, row.origin + ": valid_to not after valid_from");
            }
            if (row.get(7).isEmpty()) {
                throw new TaxException(TaxErrorCode.INVALID_RATE_DATA, row.origin + ": source is required");
            }
            LocalDate reviewed = row.date(8);
            Confidence confidence = row.wrap(() -> Confidence.valueOf(row.get(9)));
            for (ProductClass productClass : productClasses(row)) {
                entries.add(new RateEntry(
                        jurisdiction,
                        row.get(1),
                        productClass,
                        type,
                        percent,
                        ppm,
                        from,
                        to,
                        row.get(7),
                        reviewed,
                        confidence,
                        row.origin));
            }
        }
        return entries;
    }

    private static Set<ProductClass> productClasses(Row row) {
        String field = row.get(2);
        if ("*".equals(field)) {
            return EnumSet.allOf(ProductClass.class);
        }
        Set<ProductClass> classes = EnumSet.noneOf(ProductClass.class);
        for (String name : field.split("\\|")) {
            if (!classes.add(ProductClass.parse(name))) {
                throw new TaxException(TaxErrorCode.INVALID_RATE_DATA, row.origin + ": product class repeated");
            }
        }
        return classes;
    }

    private static long toPpm(BigDecimal percent, RateType type, String origin) {
        if (percent.signum() < 0 || percent.compareTo(HUNDRED) > 0) {
            throw new TaxException(TaxErrorCode.INVALID_RATE, origin + ": rate outside 0..100: " + percent);
        }
        if (type.isNil() && percent.signum() != 0) {
            throw new TaxException(TaxErrorCode.INVALID_RATE, origin + ": " + type.label() + " rate must be 0");
        }
        if (!type.isNil() && percent.signum() == 0) {
            throw new TaxException(TaxErrorCode.INVALID_RATE, origin + ": " + type.label() + " rate cannot be 0");
        }
        try {
            return percent.movePointRight(4).longValueExact();
        } catch (ArithmeticException e) {
            throw new TaxException(
                    TaxErrorCode.INVALID_RATE, origin + ": rate not exact in parts per million: " + percent, e);
        }
    }

    /** Per (jurisdiction, tax, product class): consecutive entries must meet exactly. */
    private static void checkContinuity(List<RateEntry> entries) {
        Map<String, List<RateEntry>> series = new HashMap<>();
        for (RateEntry entry : entries) {
            String key = entry.jurisdiction() + "/" + entry.tax() + "/" + entry.productClass();
            series.computeIfAbsent(key, k -> new ArrayList<>()).add(entry);
        }
        series.forEach((key, list) -> {
            list.sort(Comparator.comparing(RateEntry::validFrom));
            for (int i = 1; i < list.size(); i++) {
                RateEntry previous = list.get(i - 1);
                RateEntry next = list.get(i);
                if (previous.validTo() == null || previous.validTo().isAfter(next.validFrom())) {
                    throw new TaxException(
                            TaxErrorCode.RATE_OVERLAP, key + ": " + previous.origin() + " overlaps " + next.origin());
                }
                if (previous.validTo().isBefore(next.validFrom())) {
                    throw new TaxException(
                            TaxErrorCode.RATE_GAP,
                            key + ": gap from " + previous.validTo() + " to " + next.validFrom() + " before "
                                    + next.origin());
                }
            }
        });
    }

    /** A parsed data line with its origin, for error messages. */
    private record Row(String origin, List<String> fields) {
        String get(int index) {
            return fields.get(index);
        }

        LocalDate date(int index) {
            return wrap(() -> LocalDate.parse(fields.get(index)));
        }

        <T> T wrap(java.util.function.Supplier<T> parse) {
            try {
                return parse.get();
            } catch (IllegalArgumentException | DateTimeParseException e) {
                throw new TaxException(TaxErrorCode.INVALID_RATE_DATA, origin + ": " + e.getMessage(), e);
            }
        }
    }
}
