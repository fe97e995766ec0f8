package io.rightline.tax.report;

import io.rightline.tax.determination.Determination;
import io.rightline.tax.determination.TaxLine;
import io.rightline.tax.evidence.Evidence;
import io.rightline.tax.evidence.PlaceOfSupply;
import io.rightline.tax.rates.RateEntry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The machine-readable form of a determination's explanation: evidence, rule, rate entries with
 * their sources, amounts in minor units. Deterministic (sorted keys).
 *
 * <pre>{@code
 * String json = DeterminationJson.write(engine.determine(sale));
 * }</pre>
 */
public final class DeterminationJson {
    private DeterminationJson() {}

    /** Writes a taxed or unlocated determination. */
    public static String write(Determination determination) {
        return switch (determination) {
            case Determination.Taxed taxed -> Json.write(taxed(taxed));
            case Determination.Unlocated unlocated -> Json.write(unlocated(unlocated));
        };
    }

    private static Map<String, Object> taxed(Determination.Taxed taxed) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("status", "TAXED");
        json.put("saleId", taxed.saleId());
        json.put("supplyDate", taxed.supplyDate().toString());
        json.put("productClass", taxed.productClass().name());
        json.put("country", taxed.country().alpha2());
        json.put("jurisdiction", taxed.profile().jurisdiction().code());
        json.put("regime", taxed.profile().regime().name());
        json.put("rounding", taxed.profile().rounding().name());
        json.put("locationBasis", taxed.locationBasis());
        json.put("evidence", evidence(taxed.evidenceUsed()));
        json.put("liability", taxed.liability().liability().name());
        json.put("liabilityBasis", taxed.liability().basis());
        json.put("liabilityNote", taxed.liability().note());
        json.put("priceBasis", taxed.priceBasis().name());
        json.put("currency", taxed.net().currency().getCurrencyCode());
        json.put("netMinor", taxed.net().amountMinor());
        json.put("taxMinor", taxed.tax().amountMinor());
        json.put("grossMinor", taxed.gross().amountMinor());
        List<Object> lines = new ArrayList<>();
        for (TaxLine line : taxed.lines()) {
            RateEntry rate = line.rate();
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("tax", rate.tax());
            entry.put("rateType", rate.rateType().label());
            entry.put("ratePercent", rate.ratePercent());
            entry.put("taxableMinor", line.taxableMinor());
            entry.put("taxMinor", line.taxMinor());
            entry.put("source", rate.source());
            entry.put("origin", rate.origin());
            entry.put("lastReviewed", rate.lastReviewed().toString());
            entry.put("confidence", rate.confidence().name());
            lines.add(entry);
        }
        json.put("lines", lines);
        json.put("dataVersion", taxed.dataVersion());
        return json;
    }

    private static Map<String, Object> unlocated(Determination.Unlocated unlocated) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("saleId", unlocated.saleId());
        json.put("evidence", evidence(unlocated.place().evidence().items()));
        switch (unlocated.place()) {
            case PlaceOfSupply.Insufficient insufficient -> {
                json.put("status", "INSUFFICIENT_EVIDENCE");
                json.put("reason", insufficient.reason());
            }
            case PlaceOfSupply.Contradictory contradictory -> {
                json.put("status", "CONTRADICTORY_EVIDENCE");
                json.put("reason", contradictory.reason());
                json.put(
                        "candidates",
                        contradictory.candidates().stream()
                                .map(c -> (Object) c.alpha2())
                                .toList());
            }
            case PlaceOfSupply.Determined determined -> json.put("status", "LOCATED");
        }
        return json;
    }

    private static List<Object> evidence(List<Evidence> items) {
        List<Object> list = new ArrayList<>();
        for (Evidence item : items) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("type", item.type().name());
            json.put("country", item.country().alpha2());
            json.put("source", item.source().name());
            list.add(json);
        }
        return list;
    }
}
