package io.rightline.tax.evidence;

import io.rightline.tax.CountryCode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The outcome of locating a consumer: a country, or a result the caller must handle. Never a
 * guess.
 */
public sealed interface PlaceOfSupply {

    /** The evidence that was weighed. */
    LocationEvidence evidence();

    /**
     * The customer was located.
     *
     * @param country the member state (or country) of consumption
     * @param rule the rule that decided
     * @param evidence the evidence weighed
     */
    record Determined(CountryCode country, PlaceOfSupplyRule rule, LocationEvidence evidence) implements PlaceOfSupply {
        /** The items that point to the chosen country. */
        public List<Evidence> supporting() {
            return select(true);
        }

        /** The items that point elsewhere and were outweighed. */
        public List<Evidence> dissenting() {
            return select(false);
        }

        private List<Evidence> select(boolean agreeing) {
            List<Evidence> items = evidence.items();
            List<Evidence> selected = new ArrayList<>(items.size());
            for (int i = 0; i < items.size(); i++) {
                Evidence item = items.get(i);
                if (item.country().equals(country) == agreeing) {
                    selected.add(item);
                }
            }
            return Collections.unmodifiableList(selected);
        }
    }

    /**
     * Not enough evidence to apply any rule.
     *
     * @param reason what is missing
     * @param evidence the evidence weighed
     */
    record Insufficient(String reason, LocationEvidence evidence) implements PlaceOfSupply {}

    /**
     * The evidence points to several countries and no rule resolves it.
     *
     * @param candidates the countries indicated, in first-seen order
     * @param reason why no rule applies
     * @param evidence the evidence weighed
     */
    record Contradictory(List<CountryCode> candidates, String reason, LocationEvidence evidence)
            implements PlaceOfSupply {
        /** Copies the candidates. */
        public Contradictory {
            candidates = List.copyOf(candidates);
        }
    }
}
