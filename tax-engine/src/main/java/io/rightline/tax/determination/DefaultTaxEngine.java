package io.rightline.tax.determination;

import io.rightline.tax.CountryCode;
import io.rightline.tax.evidence.Evidence;
import io.rightline.tax.evidence.PlaceOfSupply;
import io.rightline.tax.evidence.PlaceOfSupplyResolver;
import io.rightline.tax.liability.CustomerType;
import io.rightline.tax.liability.LiabilityDecision;
import io.rightline.tax.liability.LiabilityRules;
import io.rightline.tax.money.Money;
import io.rightline.tax.money.PriceBasis;
import io.rightline.tax.money.RoundingRule;
import io.rightline.tax.money.TaxArithmetic;
import io.rightline.tax.rates.AppliedRates;
import io.rightline.tax.rates.JurisdictionProfile;
import io.rightline.tax.rates.RateEntry;
import io.rightline.tax.rates.RateTable;
import io.rightline.tax.rates.TaxRegime;
import io.rightline.tax.taxnumber.TaxNumberCheck;
import java.util.List;
import java.util.Optional;

/** The engine: locate, resolve the jurisdiction, decide liability, look up rates, compute. */
final class DefaultTaxEngine implements TaxEngine {
    private static final String TAX_NUMBER_LOCATION =
            "Directive 2006/112/EC Art. 44 (business customer located by its confirmed tax number)";

    private final RateTable rates;
    private final PlaceOfSupplyResolver resolver;
    private final LiabilityRules liabilityRules;

    DefaultTaxEngine(RateTable rates, PlaceOfSupplyResolver resolver, CountryCode establishment) {
        this.rates = rates;
        this.resolver = resolver;
        this.liabilityRules = new LiabilityRules(establishment);
    }

    @Override
    public Determination determine(SaleRequest sale) {
        sale.price().requireNonNegative();
        Optional<TaxNumberCheck> businessNumber = confirmedBusinessNumber(sale);
        CountryCode country;
        String locationBasis;
        List<Evidence> evidenceUsed;
        if (businessNumber.isPresent()) {
            country = businessNumber.get().number().country();
            locationBasis = TAX_NUMBER_LOCATION;
            evidenceUsed = List.of();
        } else {
            PlaceOfSupply place = resolver.locate(sale.evidence());
            if (!(place instanceof PlaceOfSupply.Determined located)) {
                return new Determination.Unlocated(sale.saleId(), place);
            }
            country = located.country();
            locationBasis = located.rule().label();
            evidenceUsed = located.supporting();
        }
        JurisdictionProfile profile = rates.resolve(country, sale.subdivision());
        AppliedRates applied = rates.lookup(profile.jurisdiction(), sale.productClass(), sale.supplyDate());
        LiabilityDecision liability = liabilityRules.decide(sale.customerType(), sale.taxNumber(), profile);
        Amounts amounts = compute(sale.price(), sale.priceBasis(), applied, liability.platformCharges());
        return new Determination.Taxed(
                sale.saleId(),
                sale.supplyDate(),
                sale.productClass(),
                country,
                locationBasis,
                evidenceUsed,
                profile,
                liability,
                sale.priceBasis(),
                amounts.net,
                amounts.tax,
                amounts.gross,
                amounts.lines,
                rates.dataVersion());
    }

    /** A claimed business customer whose number the registry of its own country confirms. */
    private Optional<TaxNumberCheck> confirmedBusinessNumber(SaleRequest sale) {
        if (sale.customerType() != CustomerType.BUSINESS || sale.taxNumber().isEmpty()) {
            return Optional.empty();
        }
        TaxNumberCheck check = sale.taxNumber().get();
        JurisdictionProfile profile = rates.resolve(check.number().country(), sale.subdivision());
        return check.confirms(profile.regime() == TaxRegime.EU_OSS) ? Optional.of(check) : Optional.empty();
    }

    private static Amounts compute(Money price, PriceBasis basis, AppliedRates applied, boolean charged) {
        RoundingRule rounding = applied.profile().rounding();
        List<RateEntry> components = applied.components();
        long priceMinor = price.amountMinor();
        if (!charged) {
            TaxLine[] lines = new TaxLine[components.size()];
            for (int i = 0; i < lines.length; i++) {
                lines[i] = new TaxLine(components.get(i), priceMinor, 0);
            }
            return new Amounts(price, Money.zero(price.currency()), price, List.of(lines));
        }
        return basis == PriceBasis.TAX_EXCLUSIVE
                ? exclusive(price, components, rounding)
                : inclusive(price, components, applied.totalPpm(), rounding);
    }

    /** Each component is computed and rounded on the net price; gross is net plus their sum. */
    private static Amounts exclusive(Money net, List<RateEntry> components, RoundingRule rounding) {
        TaxLine[] lines = new TaxLine[components.size()];
        long totalTax = 0;
        for (int i = 0; i < lines.length; i++) {
            long tax =
                    TaxArithmetic.taxOnNet(net.amountMinor(), components.get(i).ratePpm(), rounding);
            lines[i] = new TaxLine(components.get(i), net.amountMinor(), tax);
            totalTax += tax;
        }
        Money tax = new Money(totalTax, net.currency());
        return new Amounts(net, tax, net.plus(tax), List.of(lines));
    }

    /**
     * The total tax is extracted once from the gross price and rounded; net is the rest. With several
     * components, all but the last are extracted and rounded separately and the last takes the
     * remainder, so the lines always sum to the total.
     */
    private static Amounts inclusive(Money gross, List<RateEntry> components, long totalPpm, RoundingRule rounding) {
        long grossMinor = gross.amountMinor();
        long totalTax = TaxArithmetic.taxInGross(grossMinor, totalPpm, rounding);
        long netMinor = grossMinor - totalTax;
        TaxLine[] lines = new TaxLine[components.size()];
        long assigned = 0;
        for (int i = 0; i < lines.length; i++) {
            RateEntry entry = components.get(i);
            long tax = i == lines.length - 1
                    ? totalTax - assigned
                    : rounding.divide(Math.multiplyExact(grossMinor, entry.ratePpm()), TaxArithmetic.PPM + totalPpm);
            assigned += tax;
            lines[i] = new TaxLine(entry, netMinor, tax);
        }
        return new Amounts(
                new Money(netMinor, gross.currency()), new Money(totalTax, gross.currency()), gross, List.of(lines));
    }

    private record Amounts(Money net, Money tax, Money gross, List<TaxLine> lines) {}
}
