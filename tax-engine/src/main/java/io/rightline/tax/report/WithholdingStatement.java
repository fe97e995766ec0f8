package io.rightline.tax.report;

import io.rightline.tax.CountryCode;
import io.rightline.tax.Csv;
import io.rightline.tax.TaxErrorCode;
import io.rightline.tax.TaxException;
import io.rightline.tax.money.Money;
import io.rightline.tax.withholding.WithholdingBasis;
import io.rightline.tax.withholding.WithholdingDetermination;
import io.rightline.tax.withholding.WithholdingForm;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The annual withholding statements of one payer: one row per payee, income code and rate, with the
 * fields of a US Form 1042-S (box numbers in the field names). Amounts are in the payer's currency.
 *
 * <pre>{@code
 * WithholdingStatement s = WithholdingStatement.build("Rightline Inc.", CountryCode.of("US"), 2026,
 *         Money.currency("USD"), determinations);
 * }</pre>
 *
 * @param withholdingAgent the paying entity's name (box 12d)
 * @param payer the payer jurisdiction
 * @param taxYear the calendar year
 * @param currency the statement currency
 * @param rows the statements, sorted by recipient and income code
 * @param totalGross the sum of the rows' gross income
 * @param totalWithheld the sum of the rows' tax withheld
 */
public record WithholdingStatement(
        String withholdingAgent,
        CountryCode payer,
        int taxYear,
        Currency currency,
        List<Row> rows,
        Money totalGross,
        Money totalWithheld) {

    /**
     * One recipient's statement for an income code and rate.
     *
     * @param recipientId the payee's identifier
     * @param recipientName box 13a
     * @param recipientCountry box 13b, country of residence for tax purposes
     * @param foreignTaxId box 13i, from the form on file, or empty
     * @param incomeCode box 1 (11 film and television, 12 other copyright royalties)
     * @param grossIncome box 2
     * @param exemptionCode box 3a: {@code 04} exempt under a treaty, {@code 00} when tax was withheld
     * @param taxRatePercent box 3b
     * @param federalTaxWithheld box 7a
     * @param basis why the rate applied
     * @param payments how many payments the row sums
     */
    public record Row(
            String recipientId,
            String recipientName,
            CountryCode recipientCountry,
            String foreignTaxId,
            String incomeCode,
            Money grossIncome,
            String exemptionCode,
            BigDecimal taxRatePercent,
            Money federalTaxWithheld,
            WithholdingBasis basis,
            long payments) {}

    /** Copies the rows. */
    public WithholdingStatement {
        rows = List.copyOf(rows);
    }

    /**
     * Builds the statements from the year's withholding determinations of one payer.
     *
     * @throws TaxException {@code INVALID_REPORT_INPUT} for a payment of another
     *     year or payer, {@code CURRENCY_MISMATCH} for another currency
     */
    public static WithholdingStatement build(
            String withholdingAgent,
            CountryCode payer,
            int taxYear,
            Currency currency,
            List<WithholdingDetermination> determinations) {
        ReportPeriod year = ReportPeriod.year(taxYear);
        Map<String, Row> grouped = new TreeMap<>();
        for (WithholdingDetermination d : determinations) {
            year.require(d.payment().paymentDate(), "payment " + d.payment().paymentId());
            if (!d.payment().payer().equals(payer)) {
                throw new TaxException(
                        TaxErrorCode.INVALID_REPORT_INPUT,
                        "payment " + d.payment().paymentId() + " has payer "
                                + d.payment().payer());
            }
            d.payment().gross().requireSameCurrency(Money.zero(currency));
            if (d.basis() == WithholdingBasis.DOMESTIC_PAYEE) {
                continue;
            }
            BigDecimal rate = BigDecimal.valueOf(d.ratePpm(), 4).stripTrailingZeros();
            String key = d.payment().payeeId() + "|" + d.payment().type().incomeCode() + "|" + rate.toPlainString()
                    + "|" + d.basis();
            grouped.merge(key, row(d, rate), WithholdingStatement::merge);
        }
        List<Row> rows = new ArrayList<>(grouped.values());
        Money gross = Money.zero(currency);
        Money withheld = Money.zero(currency);
        for (Row row : rows) {
            gross = gross.plus(row.grossIncome());
            withheld = withheld.plus(row.federalTaxWithheld());
        }
        return new WithholdingStatement(withholdingAgent, payer, taxYear, currency, rows, gross, withheld);
    }

    private static Row row(WithholdingDetermination d, BigDecimal rate) {
        return new Row(
                d.payment().payeeId(),
                d.payment().payeeName(),
                d.payment().payeeResidence(),
                d.payment().form().map(WithholdingForm::foreignTaxId).orElse(""),
                d.payment().type().incomeCode(),
                d.payment().gross(),
                d.withheld().amountMinor() == 0 && d.basis() == WithholdingBasis.TREATY_RATE ? "04" : "00",
                rate,
                d.withheld(),
                d.basis(),
                1);
    }

    private static Row merge(Row a, Row b) {
        return new Row(
                a.recipientId(),
                a.recipientName(),
                a.recipientCountry(),
                a.foreignTaxId(),
                a.incomeCode(),
                a.grossIncome().plus(b.grossIncome()),
                a.exemptionCode(),
                a.taxRatePercent(),
                a.federalTaxWithheld().plus(b.federalTaxWithheld()),
                a.basis(),
                a.payments() + b.payments());
    }

    /** CSV with a header, one row per statement and a final TOTAL row. */
    public String toCsv() {
        StringBuilder out = new StringBuilder("tax_year,withholding_agent_12d,recipient_id,recipient_name_13a,"
                + "recipient_country_13b,foreign_tin_13i,income_code_1,gross_income_2,exemption_code_3a,"
                + "tax_rate_3b,federal_tax_withheld_7a,currency,basis,payments\n");
        for (Row row : rows) {
            out.append(Csv.line(List.of(
                            Integer.toString(taxYear),
                            withholdingAgent,
                            row.recipientId(),
                            row.recipientName(),
                            row.recipientCountry().alpha2(),
                            row.foreignTaxId(),
                            row.incomeCode(),
                            row.grossIncome().toDecimalString(),
                            row.exemptionCode(),
                            row.taxRatePercent().toPlainString(),
                            row.federalTaxWithheld().toDecimalString(),
                            currency.getCurrencyCode(),
                            row.basis().name(),
                            Long.toString(row.payments()))))
                    .append('\n');
        }
        out.append(Csv.line(List.of(
                        Integer.toString(taxYear),
                        withholdingAgent,
                        "TOTAL",
                        "",
                        "",
                        "",
                        "",
                        totalGross.toDecimalString(),
                        "",
                        "",
                        totalWithheld.toDecimalString(),
                        currency.getCurrencyCode(),
                        "",
                        Long.toString(rows.stream().mapToLong(Row::payments).sum()))))
                .append('\n');
        return out.toString();
    }

    /** JSON with amounts in minor units. */
    public String toJson() {
        List<Object> jsonRows = new ArrayList<>();
        for (Row row : rows) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("recipientId", row.recipientId());
            json.put("recipientName", row.recipientName());
            json.put("recipientCountry", row.recipientCountry().alpha2());
            json.put("foreignTaxId", row.foreignTaxId());
            json.put("incomeCode", row.incomeCode());
            json.put("grossIncomeMinor", row.grossIncome().amountMinor());
            json.put("exemptionCode", row.exemptionCode());
            json.put("taxRatePercent", row.taxRatePercent());
            json.put("federalTaxWithheldMinor", row.federalTaxWithheld().amountMinor());
            json.put("basis", row.basis().name());
            json.put("payments", row.payments());
            jsonRows.add(json);
        }
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("form", "1042-S");
        root.put("taxYear", taxYear);
        root.put("withholdingAgent", withholdingAgent);
        root.put("payer", payer.alpha2());
        root.put("currency", currency.getCurrencyCode());
        root.put("rows", jsonRows);
        root.put("totalGrossMinor", totalGross.amountMinor());
        root.put("totalWithheldMinor", totalWithheld.amountMinor());
        return Json.write(root);
    }
}
