package io.rightline.tax.report;

import io.rightline.tax.CountryCode;
import io.rightline.tax.Csv;
import io.rightline.tax.TaxErrorCode;
import io.rightline.tax.TaxException;
import io.rightline.tax.determination.Determination;
import io.rightline.tax.determination.TaxLine;
import io.rightline.tax.liability.Liability;
import io.rightline.tax.money.Money;
import io.rightline.tax.rates.RateType;
import io.rightline.tax.rates.TaxRegime;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A quarterly return of a consumption-tax regime: the EU OSS union scheme (per member state of
 * consumption and rate), or the UK and Norwegian equivalents (one country, per rate). Totals are
 * the sums of the lines.
 *
 * <pre>{@code
 * VatReturn oss = VatReturn.build(TaxRegime.EU_OSS, ReportPeriod.quarter(2026, 1), Money.currency("EUR"),
 *         determinations, Optional.of(CountryCode.of("IE")));
 * String csv = oss.toCsv();
 * }</pre>
 *
 * @param regime the regime
 * @param period the quarter
 * @param currency the return currency (EUR for OSS, GBP for the UK, NOK for Norway)
 * @param lines one line per country, tax, rate type and rate, sorted
 * @param totalTaxable the sum of the lines' taxable amounts
 * @param totalTax the sum of the lines' tax
 */
public record VatReturn(
        TaxRegime regime,
        ReportPeriod period,
        Currency currency,
        List<Line> lines,
        Money totalTaxable,
        Money totalTax) {

    /**
     * One return line.
     *
     * @param country the country of consumption
     * @param taxName the tax name
     * @param rateType the rate type
     * @param ratePercent the rate
     * @param taxable the taxable amount
     * @param tax the tax amount
     * @param supplies how many determinations contributed
     */
    public record Line(
            CountryCode country,
            String taxName,
            RateType rateType,
            BigDecimal ratePercent,
            Money taxable,
            Money tax,
            long supplies) {}

    /** Copies the lines. */
    public VatReturn {
        lines = List.copyOf(lines);
    }

    /**
     * Builds the return from the quarter's determinations. Sales reverse-charged or charged as
     * domestic B2B are left out (they belong to the customer's or the domestic return), as are sales
     * in the member state of identification for the EU OSS.
     *
     * @param identificationState for EU OSS, the member state of identification whose own
     *     consumers are declared domestically; empty otherwise
     * @throws TaxException {@link TaxErrorCode#INVALID_REPORT_INPUT} for a sale outside the period,
     *     {@link TaxErrorCode#CURRENCY_MISMATCH} for a sale in another currency
     */
    public static VatReturn build(
            TaxRegime regime,
            ReportPeriod period,
            Currency currency,
            List<Determination.Taxed> determinations,
            Optional<CountryCode> identificationState) {
        Map<String, Accumulator> grouped = new TreeMap<>();
        for (Determination.Taxed taxed : determinations) {
            if (!included(taxed, regime, identificationState)) {
                continue;
            }
            period.require(taxed.supplyDate(), "sale " + taxed.saleId());
            taxed.net().requireSameCurrency(Money.zero(currency));
            for (TaxLine line : taxed.lines()) {
                String key = taxed.country() + "|" + line.rate().tax() + "|"
                        + line.rate().rateType() + "|"
                        + line.rate().ratePercent().stripTrailingZeros().toPlainString();
                grouped.computeIfAbsent(key, k -> new Accumulator(taxed.country(), line))
                        .add(line);
            }
        }
        List<Line> lines = new ArrayList<>();
        Money taxable = Money.zero(currency);
        Money tax = Money.zero(currency);
        for (Accumulator accumulator : grouped.values()) {
            Line line = accumulator.toLine(currency);
            lines.add(line);
            taxable = taxable.plus(line.taxable());
            tax = tax.plus(line.tax());
        }
        lines.sort(Comparator.comparing((Line l) -> l.country().alpha2())
                .thenComparing(Line::taxName)
                .thenComparing(Line::ratePercent));
        return new VatReturn(regime, period, currency, lines, taxable, tax);
    }

    private static boolean included(
            Determination.Taxed taxed, TaxRegime regime, Optional<CountryCode> identificationState) {
        return taxed.profile().regime() == regime
                && taxed.liability().liability() == Liability.PLATFORM_COLLECTS
                && !identificationState.map(taxed.country()::equals).orElse(false);
    }

    /** CSV with a header, one row per line and a final TOTAL row. */
    public String toCsv() {
        StringBuilder out = new StringBuilder(
                "regime,period,country,tax,rate_type,rate_percent,taxable_amount,tax_amount,currency,supplies\n");
        for (Line line : lines) {
            out.append(Csv.line(List.of(
                            regime.name(),
                            period.label(),
                            line.country().alpha2(),
                            line.taxName(),
                            line.rateType().label(),
                            line.ratePercent().toPlainString(),
                            line.taxable().toDecimalString(),
                            line.tax().toDecimalString(),
                            currency.getCurrencyCode(),
                            Long.toString(line.supplies()))))
                    .append('\n');
        }
        out.append(Csv.line(List.of(
                        regime.name(),
                        period.label(),
                        "TOTAL",
                        "",
                        "",
                        "",
                        totalTaxable.toDecimalString(),
                        totalTax.toDecimalString(),
                        currency.getCurrencyCode(),
                        Long.toString(lines.stream().mapToLong(Line::supplies).sum()))))
                .append('\n');
        return out.toString();
    }

    /** JSON with amounts in minor units and as decimals. */
    public String toJson() {
        List<Object> jsonLines = new ArrayList<>();
        for (Line line : lines) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("country", line.country().alpha2());
            json.put("tax", line.taxName());
            json.put("rateType", line.rateType().label());
            json.put("ratePercent", line.ratePercent());
            json.put("taxableMinor", line.taxable().amountMinor());
            json.put("taxMinor", line.tax().amountMinor());
            json.put("supplies", line.supplies());
            jsonLines.add(json);
        }
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("regime", regime.name());
        root.put("period", period.label());
        root.put("currency", currency.getCurrencyCode());
        root.put("minorUnitExponent", currency.getDefaultFractionDigits());
        root.put("lines", jsonLines);
        root.put("totalTaxableMinor", totalTaxable.amountMinor());
        root.put("totalTaxMinor", totalTax.amountMinor());
        if (regime == TaxRegime.UK_VAT) {
            // HMRC VAT return: box 1 VAT due on sales (pence), box 6 sales excluding VAT in whole pounds.
            root.put("ukBox1VatDueOnSalesMinor", totalTax.amountMinor());
            root.put("ukBox6TotalSalesExVatWholeUnits", totalTaxable.amountMinor() / 100);
        }
        return Json.write(root);
    }

    /** Sums of one group. */
    private static final class Accumulator {
        private final CountryCode country;
        private final TaxLine first;
        private long taxable;
        private long tax;
        private long supplies;

        Accumulator(CountryCode country, TaxLine first) {
            this.country = country;
            this.first = first;
        }

        void add(TaxLine line) {
            try {
                taxable = Math.addExact(taxable, line.taxableMinor());
                tax = Math.addExact(tax, line.taxMinor());
            } catch (ArithmeticException e) {
                throw new TaxException(TaxErrorCode.AMOUNT_OVERFLOW, "return line total overflows", e);
            }
            supplies++;
        }

        Line toLine(Currency currency) {
            return new Line(
                    country,
                    first.rate().tax(),
                    first.rate().rateType(),
                    first.rate().ratePercent(),
                    new Money(taxable, currency),
                    new Money(tax, currency),
                    supplies);
        }
    }
}
