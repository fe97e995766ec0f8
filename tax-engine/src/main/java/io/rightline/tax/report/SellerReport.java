package io.rightline.tax.report;

import io.rightline.tax.CountryCode;
import io.rightline.tax.Csv;
import io.rightline.tax.money.Money;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A DAC7-style seller report for one reporting period (a calendar year): per seller, the
 * consideration, fees and number of activities in each quarter, as Council Directive (EU) 2021/514
 * Annex V section III B asks.
 *
 * <pre>{@code
 * SellerReport dac7 = SellerReport.build(2026, Money.currency("EUR"), activities);
 * }</pre>
 *
 * @param year the reporting period
 * @param currency the report currency
 * @param sellers per-seller lines, sorted by seller id
 * @param totalConsideration the sum of all sellers' consideration
 * @param totalFees the sum of all sellers' fees
 */
public record SellerReport(
        int year, Currency currency, List<Seller> sellers, Money totalConsideration, Money totalFees) {

    /**
     * One seller's year.
     *
     * @param sellerId identifier
     * @param name name
     * @param residence member state of residence
     * @param tin tax identification number
     * @param considerationByQuarter consideration per quarter (index 0 = Q1), minor units
     * @param feesByQuarter fees per quarter, minor units
     * @param activitiesByQuarter number of activities per quarter
     */
    public record Seller(
            String sellerId,
            String name,
            CountryCode residence,
            String tin,
            List<Long> considerationByQuarter,
            List<Long> feesByQuarter,
            List<Long> activitiesByQuarter) {
        /** Total consideration of the year in minor units. */
        public long considerationMinor() {
            return considerationByQuarter.stream().mapToLong(Long::longValue).reduce(0, Math::addExact);
        }

        /** Total fees of the year in minor units. */
        public long feesMinor() {
            return feesByQuarter.stream().mapToLong(Long::longValue).reduce(0, Math::addExact);
        }
    }

    /** Copies the sellers. */
    public SellerReport {
        sellers = List.copyOf(sellers);
    }

    /**
     * Builds the report from the year's activities.
     *
     * @throws io.rightline.tax.TaxException {@code INVALID_REPORT_INPUT} for an activity of another
     *     year, {@code CURRENCY_MISMATCH} for another currency
     */
    public static SellerReport build(int year, Currency currency, List<SellerActivity> activities) {
        ReportPeriod period = ReportPeriod.year(year);
        Map<String, long[][]> sums = new TreeMap<>();
        Map<String, SellerActivity> identity = new TreeMap<>();
        Money zero = Money.zero(currency);
        for (SellerActivity activity : activities) {
            period.require(activity.date(), "activity of seller " + activity.sellerId());
            activity.consideration().requireSameCurrency(zero);
            activity.fees().requireSameCurrency(zero);
            int quarter = (activity.date().getMonthValue() - 1) / 3;
            long[][] seller = sums.computeIfAbsent(activity.sellerId(), id -> new long[3][4]);
            identity.putIfAbsent(activity.sellerId(), activity);
            seller[0][quarter] =
                    Math.addExact(seller[0][quarter], activity.consideration().amountMinor());
            seller[1][quarter] =
                    Math.addExact(seller[1][quarter], activity.fees().amountMinor());
            seller[2][quarter]++;
        }
        List<Seller> sellers = new ArrayList<>();
        Money consideration = zero;
        Money fees = zero;
        for (Map.Entry<String, long[][]> entry : sums.entrySet()) {
            SellerActivity first = identity.get(entry.getKey());
            long[][] s = entry.getValue();
            Seller seller = new Seller(
                    first.sellerId(),
                    first.sellerName(),
                    first.residence(),
                    first.tin(),
                    boxed(s[0]),
                    boxed(s[1]),
                    boxed(s[2]));
            sellers.add(seller);
            consideration = consideration.plus(new Money(seller.considerationMinor(), currency));
            fees = fees.plus(new Money(seller.feesMinor(), currency));
        }
        return new SellerReport(year, currency, sellers, consideration, fees);
    }

    private static List<Long> boxed(long[] values) {
        return Arrays.stream(values).boxed().toList();
    }

    /** CSV: one row per seller with Q1..Q4 columns, then a TOTAL row. */
    public String toCsv() {
        StringBuilder out = new StringBuilder("period,seller_id,name,residence,tin");
        for (String kind : List.of("consideration", "fees", "activities")) {
            for (int q = 1; q <= 4; q++) {
                out.append(',').append(kind).append("_q").append(q);
            }
        }
        out.append(",consideration_total,fees_total,currency\n");
        for (Seller seller : sellers) {
            List<String> fields = new ArrayList<>(List.of(
                    Integer.toString(year),
                    seller.sellerId(),
                    seller.name(),
                    seller.residence().alpha2(),
                    seller.tin()));
            seller.considerationByQuarter().forEach(v -> fields.add(decimal(v)));
            seller.feesByQuarter().forEach(v -> fields.add(decimal(v)));
            seller.activitiesByQuarter().forEach(v -> fields.add(Long.toString(v)));
            fields.add(decimal(seller.considerationMinor()));
            fields.add(decimal(seller.feesMinor()));
            fields.add(currency.getCurrencyCode());
            out.append(Csv.line(fields)).append('\n');
        }
        List<String> total = new ArrayList<>(List.of(Integer.toString(year), "TOTAL", "", "", ""));
        for (int i = 0; i < 12; i++) {
            total.add("");
        }
        total.add(totalConsideration.toDecimalString());
        total.add(totalFees.toDecimalString());
        total.add(currency.getCurrencyCode());
        out.append(Csv.line(total)).append('\n');
        return out.toString();
    }

    private String decimal(long minor) {
        return new Money(minor, currency).toDecimalString();
    }

    /** JSON with amounts in minor units. */
    public String toJson() {
        List<Object> jsonSellers = new ArrayList<>();
        for (Seller seller : sellers) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("sellerId", seller.sellerId());
            json.put("name", seller.name());
            json.put("residence", seller.residence().alpha2());
            json.put("tin", seller.tin());
            json.put("considerationMinorByQuarter", seller.considerationByQuarter());
            json.put("feesMinorByQuarter", seller.feesByQuarter());
            json.put("activitiesByQuarter", seller.activitiesByQuarter());
            jsonSellers.add(json);
        }
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("report", "DAC7");
        root.put("period", year);
        root.put("currency", currency.getCurrencyCode());
        root.put("sellers", jsonSellers);
        root.put("totalConsiderationMinor", totalConsideration.amountMinor());
        root.put("totalFeesMinor", totalFees.amountMinor());
        return Json.write(root);
    }
}
