package io.rightline.tax.money;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;

/**
 * The documented rounding rule: tax is rounded once per line. The tax of a sum may therefore differ
 * from the sum of the line taxes, but only within the bound the rule allows.
 */
class RoundingPropertiesTest {

    @Provide
    Arbitrary<Long> rates() {
        return Arbitraries.of(0L, 25_000L, 50_000L, 55_000L, 70_000L, 99_750L, 190_000L, 210_000L, 255_000L, 270_000L);
    }

    @Property
    void half_up_tax_of_a_sum_is_within_half_the_line_count_of_the_sum_of_line_taxes(
            @ForAll @Size(min = 1, max = 40) List<@LongRange(min = 0, max = 10_000_000) Long> lines,
            @ForAll("rates") long ppm) {
        long sumOfTaxes = 0;
        long total = 0;
        for (long line : lines) {
            sumOfTaxes += TaxArithmetic.taxOnNet(line, ppm, RoundingRule.HALF_UP);
            total += line;
        }
        long difference = TaxArithmetic.taxOnNet(total, ppm, RoundingRule.HALF_UP) - sumOfTaxes;
        assertThat(Math.abs(difference) * 2).isLessThanOrEqualTo(lines.size() + 1L);
    }

    @Property
    void truncating_tax_of_a_sum_is_never_less_and_at_most_lines_minus_one_more(
            @ForAll @Size(min = 1, max = 40) List<@LongRange(min = 0, max = 10_000_000) Long> lines,
            @ForAll("rates") long ppm) {
        long sumOfTaxes = 0;
        long total = 0;
        for (long line : lines) {
            sumOfTaxes += TaxArithmetic.taxOnNet(line, ppm, RoundingRule.DOWN);
            total += line;
        }
        long difference = TaxArithmetic.taxOnNet(total, ppm, RoundingRule.DOWN) - sumOfTaxes;
        assertThat(difference).isBetween(0L, lines.size() - 1L);
    }

    @Property
    void every_rule_matches_big_decimal_rounding_of_the_exact_product(
            @ForAll @LongRange(min = 0, max = 9_000_000_000_000L) long amount,
            @ForAll("rates") long ppm,
            @ForAll RoundingRule rule) {
        RoundingMode mode =
                switch (rule) {
                    case HALF_UP -> RoundingMode.HALF_UP;
                    case HALF_EVEN -> RoundingMode.HALF_EVEN;
                    case DOWN -> RoundingMode.DOWN;
                };
        long expected = BigDecimal.valueOf(amount)
                .multiply(BigDecimal.valueOf(ppm))
                .divide(BigDecimal.valueOf(1_000_000), 0, mode)
                .longValueExact();
        assertThat(TaxArithmetic.taxOnNet(amount, ppm, rule)).isEqualTo(expected);
    }

    @Property
    void inclusive_extraction_is_within_one_minor_unit_of_exclusive_tax(
            @ForAll @LongRange(min = 0, max = 1_000_000_000_000L) long net, @ForAll("rates") long ppm) {
        long tax = TaxArithmetic.taxOnNet(net, ppm, RoundingRule.HALF_UP);
        long extracted = TaxArithmetic.taxInGross(net + tax, ppm, RoundingRule.HALF_UP);
        assertThat(Math.abs(extracted - tax)).isLessThanOrEqualTo(1L);
        assertThat(extracted).isBetween(0L, net + tax);
    }
}
