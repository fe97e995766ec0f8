package io.rightline.tax.determination;

import io.rightline.tax.CountryCode;
import io.rightline.tax.ProductClass;
import io.rightline.tax.evidence.Evidence;
import io.rightline.tax.evidence.PlaceOfSupply;
import io.rightline.tax.liability.LiabilityDecision;
import io.rightline.tax.money.Money;
import io.rightline.tax.money.PriceBasis;
import io.rightline.tax.rates.JurisdictionProfile;
import io.rightline.tax.rates.RateEntry;
import java.time.LocalDate;
import java.util.List;

/** The tax outcome of one sale: taxed, or not locatable from the evidence. */
public sealed interface Determination {

    /** The caller's sale identifier. */
    String saleId();

    /**
     * The sale was located and taxed. Every field needed to explain the result is here.
     *
     * @param saleId the caller's sale identifier
     * @param supplyDate the date of supply
     * @param productClass what was sold
     * @param country the country of consumption
     * @param locationBasis the rule that located the customer, with citation
     * @param evidenceUsed the evidence that supports the location (empty for a tax-number location)
     * @param profile the jurisdiction (with rounding rule and regime)
     * @param liability who owes the tax and why
     * @param priceBasis whether the price included tax
     * @param net the net amount
     * @param tax the tax the platform charges (zero when reverse-charged)
     * @param gross net plus tax
     * @param lines one line per tax component
     * @param dataVersion the rate data version used
     */
    record Taxed(
            String saleId,
            LocalDate supplyDate,
            ProductClass productClass,
            CountryCode country,
            String locationBasis,
            List<Evidence> evidenceUsed,
            JurisdictionProfile profile,
            LiabilityDecision liability,
            PriceBasis priceBasis,
            Money net,
            Money tax,
            Money gross,
            List<TaxLine> lines,
            String dataVersion)
            implements Determination {

        /** Copies the lists. */
        public Taxed {
            evidenceUsed = List.copyOf(evidenceUsed);
            lines = List.copyOf(lines);
        }

        /** A readable, deterministic explanation of the determination. */
        public String explain() {
            StringBuilder out = new StringBuilder();
            out.append("sale ")
                    .append(saleId)
                    .append(" on ")
                    .append(supplyDate)
                    .append(", ")
                    .append(productClass);
            out.append("\nlocated in ").append(country).append(" by ").append(locationBasis);
            for (Evidence item : evidenceUsed) {
                out.append("\n  evidence ").append(item.type()).append('=').append(item.country());
                out.append(" (").append(item.source()).append(')');
            }
            out.append("\njurisdiction ")
                    .append(profile.jurisdiction())
                    .append(" (")
                    .append(profile.regime());
            out.append("), rounding ").append(profile.rounding()).append(" per line");
            out.append("\nliability ")
                    .append(liability.liability())
                    .append(": ")
                    .append(liability.basis());
            if (!liability.note().isEmpty()) {
                out.append(" [").append(liability.note()).append(']');
            }
            for (TaxLine line : lines) {
                RateEntry rate = line.rate();
                out.append("\n  ")
                        .append(rate.tax())
                        .append(' ')
                        .append(rate.rateType().label())
                        .append(' ');
                out.append(rate.ratePercent().toPlainString()).append("% on ").append(line.taxableMinor());
                out.append(" = ")
                        .append(line.taxMinor())
                        .append(" minor units; source ")
                        .append(rate.source());
                out.append(" (")
                        .append(rate.origin())
                        .append(", reviewed ")
                        .append(rate.lastReviewed())
                        .append(')');
            }
            out.append("\nprice ")
                    .append(priceBasis)
                    .append(": net ")
                    .append(net)
                    .append(", tax ")
                    .append(tax);
            out.append(", gross ").append(gross).append("; rate data ").append(dataVersion);
            return out.toString();
        }
    }

    /**
     * The evidence did not locate the customer. The caller must collect more evidence or hold the
     * sale; the engine does not guess.
     *
     * @param saleId the caller's sale identifier
     * @param place the insufficient or contradictory outcome
     */
    record Unlocated(String saleId, PlaceOfSupply place) implements Determination {}
}
