package io.rightline.tax.evidence;

import io.rightline.tax.CountryCode;
import java.util.ArrayList;
import java.util.List;

/**
 * Art. 24a–24f of Implementing Regulation (EU) 282/2011.
 *
 * <ul>
 *   <li>Presumptions (hotspot, fixed line, SIM, decoder) need the item that founds them; two such
 *       items pointing to different countries are contradictory.
 *   <li>A presumption is rebutted when exactly one other country is indicated by at least three
 *       Art. 24f items of different types (Art. 24d(1)).
 *   <li>Otherwise (internet), a country indicated by at least two Art. 24f items of different types
 *       wins if it is the only such country; items pointing elsewhere are kept as dissenting.
 *   <li>Under the EUR 100 000 threshold, when the two-item rule finds nothing, one third-party item
 *       suffices if all third-party items agree.
 * </ul>
 *
 * <p>Counting is done on small arrays, without maps or streams, because it runs for every sale.
 */
final class Eu282Resolver implements PlaceOfSupplyResolver {
    static final Eu282Resolver INSTANCE = new Eu282Resolver();

    private Eu282Resolver() {}

    @Override
    public PlaceOfSupply locate(LocationEvidence evidence) {
        return switch (evidence.channel()) {
            case PHYSICAL_PRESENCE ->
                presumption(evidence, EvidenceType.PREMISES, PlaceOfSupplyRule.PHYSICAL_PRESENCE_PRESUMPTION);
            case FIXED_LINE -> presumption(evidence, EvidenceType.FIXED_LINE, PlaceOfSupplyRule.FIXED_LINE_PRESUMPTION);
            case MOBILE_NETWORK -> presumption(evidence, EvidenceType.SIM_COUNTRY, PlaceOfSupplyRule.SIM_PRESUMPTION);
            case DECODER -> presumption(evidence, EvidenceType.DECODER_LOCATION, PlaceOfSupplyRule.DECODER_PRESUMPTION);
            case INTERNET -> twoItems(evidence);
        };
    }

    private static PlaceOfSupply presumption(LocationEvidence evidence, EvidenceType founding, PlaceOfSupplyRule rule) {
        CountryCode presumed = null;
        for (Evidence item : evidence.items()) {
            if (item.type() == founding) {
                if (presumed != null && !presumed.equals(item.country())) {
                    return new PlaceOfSupply.Contradictory(
                            List.of(presumed, item.country()), founding + " items disagree", evidence);
                }
                presumed = item.country();
            }
        }
        if (presumed == null) {
            return new PlaceOfSupply.Insufficient(rule.citation() + " needs a " + founding + " item", evidence);
        }
        Tally tally = Tally.of(evidence.items());
        CountryCode rebutting = tally.onlyCountryWithAtLeast(3, presumed);
        if (rebutting != null) {
            return new PlaceOfSupply.Determined(rebutting, PlaceOfSupplyRule.REBUTTAL_THREE_ITEMS, evidence);
        }
        return new PlaceOfSupply.Determined(presumed, rule, evidence);
    }

    private static PlaceOfSupply twoItems(LocationEvidence evidence) {
        Tally tally = Tally.of(evidence.items());
        int qualifying = tally.countWithAtLeast(2);
        if (qualifying == 1) {
            return new PlaceOfSupply.Determined(
                    tally.onlyCountryWithAtLeast(2, null), PlaceOfSupplyRule.TWO_ITEMS_OF_EVIDENCE, evidence);
        }
        if (qualifying > 1) {
            return new PlaceOfSupply.Contradictory(
                    tally.countries(), "several countries each have two items of evidence", evidence);
        }
        if (evidence.simplifiedRuleEligible()) {
            PlaceOfSupply simplified = simplified(evidence);
            if (simplified != null) {
                return simplified;
            }
        }
        if (tally.size > 1) {
            return new PlaceOfSupply.Contradictory(
                    tally.countries(), "no country has two non-contradictory items", evidence);
        }
        return new PlaceOfSupply.Insufficient("Art. 24b(d) needs two items of different types", evidence);
    }

    private static PlaceOfSupply simplified(LocationEvidence evidence) {
        CountryCode found = null;
        for (Evidence item : evidence.items()) {
            if (item.source() == EvidenceSource.THIRD_PARTY && item.type().isArticle24fItem()) {
                if (found != null && !found.equals(item.country())) {
                    return new PlaceOfSupply.Contradictory(
                            List.of(found, item.country()), "third-party items disagree", evidence);
                }
                found = item.country();
            }
        }
        return found == null
                ? null
                : new PlaceOfSupply.Determined(found, PlaceOfSupplyRule.SIMPLIFIED_ONE_THIRD_PARTY_ITEM, evidence);
    }

    /** Distinct Art. 24f evidence types per country, as bit masks. */
    private static final class Tally {
        private final CountryCode[] country;
        private final int[] typeMask;
        private int size;

        private Tally(int capacity) {
            country = new CountryCode[capacity];
            typeMask = new int[capacity];
        }

        static Tally of(List<Evidence> items) {
            Tally tally = new Tally(items.size());
            for (int i = 0; i < items.size(); i++) {
                Evidence item = items.get(i);
                if (item.type().isArticle24fItem()) {
                    tally.add(item.country(), item.type().bit());
                }
            }
            return tally;
        }

        private void add(CountryCode code, int bit) {
            for (int i = 0; i < size; i++) {
                if (country[i].equals(code)) {
                    typeMask[i] |= bit;
                    return;
                }
            }
            country[size] = code;
            typeMask[size] = bit;
            size++;
        }

        int countWithAtLeast(int types) {
            int count = 0;
            for (int i = 0; i < size; i++) {
                if (Integer.bitCount(typeMask[i]) >= types) {
                    count++;
                }
            }
            return count;
        }

        /** The single country other than {@code excluded} with enough types, or null if none or several. */
        CountryCode onlyCountryWithAtLeast(int types, CountryCode excluded) {
            CountryCode found = null;
            for (int i = 0; i < size; i++) {
                if (Integer.bitCount(typeMask[i]) >= types && !country[i].equals(excluded)) {
                    if (found != null) {
                        return null;
                    }
                    found = country[i];
                }
            }
            return found;
        }

        List<CountryCode> countries() {
            List<CountryCode> list = new ArrayList<>(size);
            for (int i = 0; i < size; i++) {
                list.add(country[i]);
            }
            return list;
        }
    }
}
