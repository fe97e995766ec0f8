package io.rightline.tax.liability;

import io.rightline.tax.CountryCode;
import io.rightline.tax.rates.JurisdictionProfile;
import io.rightline.tax.rates.TaxRegime;
import io.rightline.tax.taxnumber.TaxNumberCheck;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * Decides who owes the tax on an electronically supplied service.
 *
 * <ul>
 *   <li>Consumer sales: the platform, as deemed supplier (EU Art. 9a of Implementing Regulation
 *       282/2011 and each regime's equivalent, cited per jurisdiction).
 *   <li>Business sales: reverse-charged when the customer's tax number is confirmed (EU: valid
 *       format and check digit and confirmed by VIES; elsewhere: valid offline and not reported
 *       invalid) and the customer is not in the platform's country of establishment. US sales tax
 *       has no reverse charge; such sales stay with the platform.
 *   <li>A claimed business customer without a confirmed number is treated as a consumer (EU
 *       Implementing Regulation 282/2011 Art. 18(2)); the decision says why.
 * </ul>
 */
public final class LiabilityRules {
    private static final Map<TaxRegime, String> REVERSE_CHARGE_BASIS = new EnumMap<>(TaxRegime.class);

    static {
        REVERSE_CHARGE_BASIS.put(TaxRegime.EU_OSS, "Directive 2006/112/EC Art. 44 and Art. 196");
        REVERSE_CHARGE_BASIS.put(TaxRegime.UK_VAT, "Value Added Tax Act 1994 s.8 (reverse charge on services)");
        REVERSE_CHARGE_BASIS.put(TaxRegime.NO_VOES, "Merverdiavgiftsloven s.11-1 (recipient liable)");
        REVERSE_CHARGE_BASIS.put(TaxRegime.CH_VAT, "MWSTG Art. 45 (acquisition tax)");
        REVERSE_CHARGE_BASIS.put(TaxRegime.AU_GST, "GST Act 1999 s.84-5 (reverse charge; ABN provided)");
        REVERSE_CHARGE_BASIS.put(
                TaxRegime.NZ_GST, "Goods and Services Tax Act 1985 (remote services to registered businesses)");
        REVERSE_CHARGE_BASIS.put(TaxRegime.SG_GST, "GST Act 1993 s.14 (reverse charge by GST-registered recipient)");
        REVERSE_CHARGE_BASIS.put(
                TaxRegime.JP_JCT, "Consumption Tax Act (reverse charge on business-to-business e-services)");
        REVERSE_CHARGE_BASIS.put(TaxRegime.KR_VAT, "Value-Added Tax Act Art. 52 (proxy payment by business recipient)");
        REVERSE_CHARGE_BASIS.put(TaxRegime.IN_OIDAR, "IGST Act 2017 s.5(3) (reverse charge by registered recipient)");
        REVERSE_CHARGE_BASIS.put(
                TaxRegime.CA_GST, "Excise Tax Act s.211.1 ff. (registered business recipients excluded)");
    }

    private final CountryCode establishment;

    /**
     * Rules for a platform established in the given country.
     *
     * @param establishment where the platform has its business establishment
     */
    public LiabilityRules(CountryCode establishment) {
        this.establishment = establishment;
    }

    /**
     * Decides who owes the tax.
     *
     * @param customer who the customer claims to be
     * @param taxNumber the customer's tax number check, if any
     * @param profile the jurisdiction of consumption
     */
    public LiabilityDecision decide(
            CustomerType customer, Optional<TaxNumberCheck> taxNumber, JurisdictionProfile profile) {
        if (customer == CustomerType.CONSUMER) {
            return new LiabilityDecision(Liability.PLATFORM_COLLECTS, profile.deemedSupplierBasis(), "");
        }
        String consumerBasis = "Implementing Regulation (EU) 282/2011 Art. 18(2); " + profile.deemedSupplierBasis();
        if (taxNumber.isEmpty()) {
            return new LiabilityDecision(
                    Liability.PLATFORM_COLLECTS, consumerBasis, "business customer gave no tax number");
        }
        TaxNumberCheck check = taxNumber.get();
        boolean onlineRequired = profile.regime() == TaxRegime.EU_OSS;
        if (!check.confirms(onlineRequired)) {
            return new LiabilityDecision(
                    Liability.PLATFORM_COLLECTS,
                    consumerBasis,
                    "tax number not confirmed: format " + check.format() + ", online "
                            + check.online().status());
        }
        if (!check.number().country().equals(profile.jurisdiction().country())) {
            return new LiabilityDecision(
                    Liability.PLATFORM_COLLECTS,
                    consumerBasis,
                    "tax number of " + check.number().country() + " does not match country of supply "
                            + profile.jurisdiction().country());
        }
        String reverseBasis = REVERSE_CHARGE_BASIS.get(profile.regime());
        if (reverseBasis == null) {
            return new LiabilityDecision(
                    Liability.PLATFORM_COLLECTS, profile.deemedSupplierBasis(), "no reverse charge in this regime");
        }
        if (profile.jurisdiction().country().equals(establishment)) {
            return new LiabilityDecision(
                    Liability.PLATFORM_COLLECTS_DOMESTIC_B2B, "domestic supply by an established supplier", "");
        }
        return new LiabilityDecision(Liability.REVERSE_CHARGE, reverseBasis, "");
    }
}
