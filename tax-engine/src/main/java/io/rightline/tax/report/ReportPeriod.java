package io.rightline.tax.report;

import io.rightline.tax.TaxErrorCode;
import io.rightline.tax.TaxException;
import java.time.LocalDate;

/**
 * A calendar quarter or year: {@code [start, endExclusive)}.
 *
 * @param label such as {@code 2026-Q1} or {@code 2026}
 * @param start first day
 * @param endExclusive first day after the period
 */
public record ReportPeriod(String label, LocalDate start, LocalDate endExclusive) {

    /**
     * A calendar quarter.
     *
     * @throws TaxException {@link TaxErrorCode#INVALID_REPORT_INPUT} for a quarter outside 1..4
     */
    public static ReportPeriod quarter(int year, int quarter) {
        if (quarter < 1 || quarter > 4) {
            throw new TaxException(TaxErrorCode.INVALID_REPORT_INPUT, "quarter must be 1..4: " + quarter);
        }
        LocalDate start = LocalDate.of(year, (quarter - 1) * 3 + 1, 1);
        return new ReportPeriod(year + "-Q" + quarter, start, start.plusMonths(3));
    }

    /** A calendar year. */
    public static ReportPeriod year(int year) {
        LocalDate start = LocalDate.of(year, 1, 1);
        return new ReportPeriod(Integer.toString(year), start, start.plusYears(1));
    }

    /** Whether the date falls in the period. */
    public boolean contains(LocalDate date) {
        return !date.isBefore(start) && date.isBefore(endExclusive);
    }

    /**
     * Fails with {@link TaxErrorCode#INVALID_REPORT_INPUT} unless the date is in the period.
     *
     * @param what names the offending item in the message
     */
    public void require(LocalDate date, String what) {
        if (!contains(date)) {
            throw new TaxException(TaxErrorCode.INVALID_REPORT_INPUT, what + " dated " + date + " is outside " + label);
        }
    }
}
