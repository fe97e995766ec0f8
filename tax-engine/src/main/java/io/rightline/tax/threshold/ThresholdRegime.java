package io.rightline.tax.threshold;

import io.rightline.tax.money.Money;
import java.util.Set;

/** A registration (or simplification) threshold the platform must watch. */
public enum ThresholdRegime {
    /** EU: above EUR 10 000 of cross-border B2C e-services, tax is due in the customer's member state. */
    EU_CROSS_BORDER_10K(
            "EUR",
            10_000_00L,
            Window.CALENDAR_YEAR_OR_PRECEDING,
            Scope.EU_OTHER_MEMBER_STATES,
            "Directive 2006/112/EC Art. 59c"),
    /** EU: up to EUR 100 000, one third-party item of evidence suffices. */
    EU_SIMPLIFIED_EVIDENCE_100K(
            "EUR",
            100_000_00L,
            Window.CALENDAR_YEAR_OR_PRECEDING,
            Scope.EU_OTHER_MEMBER_STATES,
            "Implementing Regulation (EU) 282/2011 Art. 24b second paragraph"),
    /** United Kingdom: non-established suppliers register from the first supply. */
    UK_NON_ESTABLISHED(
            "GBP",
            0L,
            Window.ROLLING_12_MONTHS,
            Scope.of("GB"),
            "Value Added Tax Act 1994 Sch.1A (no threshold for non-established taxable persons)"),
    /** Norway: VOES registration above NOK 50 000 in twelve months. */
    NO_VOES("NOK", 50_000_00L, Window.ROLLING_12_MONTHS, Scope.of("NO"), "Merverdiavgiftsloven s.2-1(1)"),
    /** Switzerland: CHF 100 000 of worldwide turnover in a year. */
    CH_VAT("CHF", 100_000_00L, Window.CALENDAR_YEAR_OR_PRECEDING, Scope.ALL, "MWSTG Art. 10(2)(a)"),
    /** Australia: AUD 75 000 of GST turnover in twelve months. */
    AU_GST("AUD", 75_000_00L, Window.ROLLING_12_MONTHS, Scope.of("AU"), "GST Act 1999 s.23-15"),
    /** New Zealand: NZD 60 000 of remote services to NZ consumers in twelve months. */
    NZ_GST("NZD", 60_000_00L, Window.ROLLING_12_MONTHS, Scope.of("NZ"), "GST Act 1985 s.51(1)"),
    /** Singapore: SGD 100 000 of B2C digital services to Singapore in a calendar year (global turnover test not tracked). */
    SG_OVR(
            "SGD",
            100_000_00L,
            Window.CALENDAR_YEAR_OR_PRECEDING,
            Scope.of("SG"),
            "GST Act 1993, overseas vendor registration (IRAS)"),
    /** Canada: CAD 30 000 of taxable supplies to Canadian consumers in twelve months (simplified GST). */
    CA_GST("CAD", 30_000_00L, Window.ROLLING_12_MONTHS, Scope.of("CA"), "Excise Tax Act s.211.1 ff."),
    /** Quebec: CAD 30 000 of supplies to Quebec consumers in twelve months (QST specified suppliers). */
    CA_QST(
            "CAD",
            30_000_00L,
            Window.ROLLING_12_MONTHS,
            Scope.of("CA-QC"),
            "Act respecting the Quebec sales tax, specified suppliers regime (Revenu Quebec)"),
    /** Washington: USD 100 000 of retail sales in the current or preceding calendar year. */
    US_WA_NEXUS("USD", 100_000_00L, Window.CALENDAR_YEAR_OR_PRECEDING, Scope.of("US-WA"), "RCW 82.04.067"),
    /** Pennsylvania: USD 100 000 of sales in the preceding twelve months. */
    US_PA_NEXUS(
            "USD",
            100_000_00L,
            Window.ROLLING_12_MONTHS,
            Scope.of("US-PA"),
            "Pennsylvania economic nexus for remote sellers and marketplace facilitators (from 2019-07-01)");

    /** How sales are summed against the threshold. */
    public enum Window {
        /** The current calendar year; exceeding it in the preceding year also counts. */
        CALENDAR_YEAR_OR_PRECEDING,
        /** The twelve months ending on the as-of date. */
        ROLLING_12_MONTHS
    }

    private final String currencyCode;
    private final long thresholdMinor;
    private final Window window;
    private final Scope scope;
    private final String citation;

    ThresholdRegime(String currencyCode, long thresholdMinor, Window window, Scope scope, String citation) {
        this.currencyCode = currencyCode;
        this.thresholdMinor = thresholdMinor;
        this.window = window;
        this.scope = scope;
        this.citation = citation;
    }

    /** The threshold. */
    public Money threshold() {
        return Money.of(thresholdMinor, currencyCode);
    }

    /** The summing window. */
    public Window window() {
        return window;
    }

    /** The legal source. */
    public String citation() {
        return citation;
    }

    Scope scope() {
        return scope;
    }

    /** Which sales count towards a threshold, by jurisdiction code prefix. */
    record Scope(Set<String> jurisdictions, boolean euOtherMemberStates, boolean all) {
        static final Scope ALL = new Scope(Set.of(), false, true);
        static final Scope EU_OTHER_MEMBER_STATES = new Scope(Set.of(), true, false);
        static final Set<String> EU = Set.of(
                "AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU", "IE", "IT", "LT",
                "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK");

        static Scope of(String jurisdiction) {
            return new Scope(Set.of(jurisdiction), false, false);
        }
    }
}
