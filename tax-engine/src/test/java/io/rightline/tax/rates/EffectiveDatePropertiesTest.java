package io.rightline.tax.rates;

import static org.assertj.core.api.Assertions.assertThat;

import io.rightline.tax.ProductClass;
import io.rightline.tax.TaxErrorCode;
import io.rightline.tax.TaxException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class EffectiveDatePropertiesTest {

    /** A chain of contiguous periods: start day plus period lengths, with an open or closed end. */
    record Chain(LocalDate start, List<Integer> lengths, boolean openEnd) {
        LocalDate end() {
            LocalDate end = start;
            for (int length : lengths) {
                end = end.plusDays(length);
            }
            return end;
        }
    }

    @Provide
    Arbitrary<Chain> chains() {
        return Combinators.combine(
                        Arbitraries.integers()
                                .between(0, 3000)
                                .map(d -> LocalDate.of(2015, 1, 1).plusDays(d)),
                        Arbitraries.integers()
                                .between(1, 800)
                                .list()
                                .ofMinSize(1)
                                .ofMaxSize(8),
                        Arbitraries.of(true, false))
                .as(Chain::new);
    }

    static RateTable tableOf(Chain chain) {
        StringBuilder csv = new StringBuilder(RateTableLoaderTest.HEADER);
        LocalDate from = chain.start();
        for (int i = 0; i < chain.lengths().size(); i++) {
            LocalDate to = from.plusDays(chain.lengths().get(i));
            boolean last = i == chain.lengths().size() - 1;
            csv.append("DE,VAT,VIDEO,standard,")
                    .append(i + 1)
                    .append(',')
                    .append(from)
                    .append(',')
                    .append(last && chain.openEnd() ? "" : to.toString())
                    .append(",src,2026-11-01,HIGH\n");
            from = to;
        }
        Map<String, String> files = new LinkedHashMap<>();
        files.put("chain.csv", csv.toString());
        return RateTable.fromCsv("p", RateTableLoaderTest.PROFILES, files);
    }

    @Property
    void lookup_returns_the_period_containing_the_date(
            @ForAll("chains") Chain chain, @ForAll @IntRange(min = -50, max = 7000) int offset) {
        RateTable rates = tableOf(chain);
        LocalDate date = chain.start().plusDays(offset);
        List<Integer> expectedRate = new ArrayList<>();
        LocalDate from = chain.start();
        for (int i = 0; i < chain.lengths().size(); i++) {
            LocalDate to = from.plusDays(chain.lengths().get(i));
            boolean last = i == chain.lengths().size() - 1;
            if (!date.isBefore(from) && (date.isBefore(to) || last && chain.openEnd())) {
                expectedRate.add(i + 1);
            }
            from = to;
        }
        try {
            AppliedRates applied = rates.lookup(Jurisdiction.of("DE"), ProductClass.VIDEO, date);
            assertThat(expectedRate)
                    .containsExactly(
                            applied.components().getFirst().ratePercent().intValueExact());
            assertThat(applied.components().getFirst().covers(date)).isTrue();
        } catch (TaxException e) {
            assertThat(e.code()).isEqualTo(TaxErrorCode.NO_RATE_FOR_DATE);
            assertThat(expectedRate).isEmpty();
        }
    }

    @Property
    void shifting_any_boundary_by_one_day_is_rejected_as_gap_or_overlap(
            @ForAll("chains") Chain chain, @ForAll boolean later) {
        if (chain.lengths().size() < 2) {
            return;
        }
        String csv = RateTableLoaderTest.HEADER
                + "DE,VAT,VIDEO,standard,1," + chain.start() + ","
                + chain.start().plusDays(chain.lengths().get(0))
                + ",src,2026-11-01,HIGH\n"
                + "DE,VAT,VIDEO,standard,2,"
                + chain.start().plusDays(chain.lengths().get(0) + (later ? 1 : -1))
                + ",,src,2026-11-01,HIGH\n";
        try {
            RateTable.fromCsv("p", RateTableLoaderTest.PROFILES, Map.of("x.csv", csv));
            throw new AssertionError("accepted a shifted boundary");
        } catch (TaxException e) {
            assertThat(e.code()).isEqualTo(later ? TaxErrorCode.RATE_GAP : TaxErrorCode.RATE_OVERLAP);
        }
    }

    @Property(tries = 300)
    void every_bundled_entry_is_what_lookup_returns_on_its_own_dates(@ForAll("bundledEntries") RateEntry entry) {
        RateTable rates = RateTable.bundled();
        List<LocalDate> dates = new ArrayList<>(List.of(entry.validFrom()));
        if (entry.validTo() != null) {
            dates.add(entry.validTo().minusDays(1));
        }
        for (LocalDate date : dates) {
            assertThat(rates.lookup(entry.jurisdiction(), entry.productClass(), date)
                            .components())
                    .contains(entry);
        }
    }

    @Provide
    Arbitrary<RateEntry> bundledEntries() {
        return Arbitraries.of(RateTable.bundled().entries());
    }
}
