package io.rightline.tax.determination;

import static org.assertj.core.api.Assertions.assertThat;

import io.rightline.tax.CountryCode;
import io.rightline.tax.ProductClass;
import io.rightline.tax.evidence.Evidence;
import io.rightline.tax.evidence.EvidenceType;
import io.rightline.tax.evidence.LocationEvidence;
import io.rightline.tax.evidence.SupplyChannel;
import io.rightline.tax.liability.CustomerType;
import io.rightline.tax.money.Money;
import io.rightline.tax.money.PriceBasis;
import io.rightline.tax.rates.RateTable;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/** Invariants of every determination, over both price bases and many jurisdictions. */
class EnginePropertiesTest {
    private static final TaxEngine ENGINE = TaxEngine.create(RateTable.bundled(), CountryCode.of("IE"));

    @Provide
    Arbitrary<String[]> places() {
        return Arbitraries.of(
                new String[] {"DE", "", "EUR"},
                new String[] {"FI", "", "EUR"},
                new String[] {"SE", "", "SEK"},
                new String[] {"GB", "", "GBP"},
                new String[] {"JP", "", "JPY"},
                new String[] {"CH", "", "CHF"},
                new String[] {"CA", "QC", "CAD"},
                new String[] {"CA", "NS", "CAD"},
                new String[] {"US", "WA", "USD"},
                new String[] {"KR", "", "KRW"});
    }

    private static SaleRequest request(
            String[] place, long price, PriceBasis basis, ProductClass productClass, int day) {
        return new SaleRequest(
                "p",
                LocalDate.of(2023, 1, 1).plusDays(day),
                productClass,
                Money.of(price, place[2]),
                basis,
                CustomerType.CONSUMER,
                new LocationEvidence(
                        SupplyChannel.INTERNET,
                        List.of(
                                Evidence.supplier(EvidenceType.BILLING_ADDRESS, place[0]),
                                Evidence.thirdParty(EvidenceType.BANK_DETAILS, place[0])),
                        false),
                place[1],
                Optional.empty());
    }

    @Property
    void gross_is_net_plus_tax_and_lines_sum_to_tax(
            @ForAll("places") String[] place,
            @ForAll @LongRange(min = 0, max = 1_000_000_000_000L) long price,
            @ForAll PriceBasis basis,
            @ForAll ProductClass productClass,
            @ForAll @IntRange(min = 0, max = 1400) int day) {
        Determination.Taxed taxed =
                (Determination.Taxed) ENGINE.determine(request(place, price, basis, productClass, day));
        assertThat(taxed.net().plus(taxed.tax())).isEqualTo(taxed.gross());
        assertThat(taxed.lines().stream().mapToLong(TaxLine::taxMinor).sum())
                .isEqualTo(taxed.tax().amountMinor());
        assertThat(taxed.tax().amountMinor()).isBetween(0L, taxed.gross().amountMinor());
        assertThat(basis == PriceBasis.TAX_EXCLUSIVE ? taxed.net() : taxed.gross())
                .isEqualTo(Money.of(price, place[2]));
    }

    @Property(tries = 200)
    void same_input_gives_equal_output(
            @ForAll("places") String[] place,
            @ForAll @LongRange(min = 0, max = 10_000_000L) long price,
            @ForAll PriceBasis basis,
            @ForAll ProductClass productClass,
            @ForAll @IntRange(min = 0, max = 1400) int day) {
        SaleRequest sale = request(place, price, basis, productClass, day);
        Determination first = ENGINE.determine(sale);
        Determination second = ENGINE.determine(sale);
        assertThat(second).isEqualTo(first);
        assertThat(((Determination.Taxed) second).explain()).isEqualTo(((Determination.Taxed) first).explain());
    }
}
