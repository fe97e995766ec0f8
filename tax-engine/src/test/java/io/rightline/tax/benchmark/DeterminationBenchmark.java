package io.rightline.tax.benchmark;

import io.rightline.tax.CountryCode;
import io.rightline.tax.ProductClass;
import io.rightline.tax.determination.Determination;
import io.rightline.tax.determination.SaleRequest;
import io.rightline.tax.determination.TaxEngine;
import io.rightline.tax.evidence.Evidence;
import io.rightline.tax.evidence.EvidenceType;
import io.rightline.tax.evidence.LocationEvidence;
import io.rightline.tax.evidence.SupplyChannel;
import io.rightline.tax.liability.CustomerType;
import io.rightline.tax.money.Money;
import io.rightline.tax.money.PriceBasis;
import io.rightline.tax.rates.RateTable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Determinations per second on one thread over a realistic mix: 4 096 pre-built consumer sales
 * across EU, UK, Norway, Switzerland, Asia-Pacific, Canadian provinces and US states; every product
 * class; net and gross prices; three to four items of evidence per sale (some dissenting, some
 * through mobile networks with a SIM presumption, some rebutting it).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class DeterminationBenchmark {
    private static final String[][] PLACES = {
        {"DE", "", "EUR"}, {"FR", "", "EUR"}, {"IT", "", "EUR"}, {"ES", "", "EUR"}, {"NL", "", "EUR"},
        {"SE", "", "SEK"}, {"PL", "", "PLN"}, {"IE", "", "EUR"}, {"FI", "", "EUR"}, {"AT", "", "EUR"},
        {"GB", "", "GBP"}, {"NO", "", "NOK"}, {"CH", "", "CHF"}, {"AU", "", "AUD"}, {"JP", "", "JPY"},
        {"CA", "QC", "CAD"}, {"CA", "ON", "CAD"}, {"US", "WA", "USD"}, {"US", "CA", "USD"}, {"IN", "", "INR"}
    };

    private TaxEngine engine;
    private SaleRequest[] sales;
    private int next;

    @Setup
    public void setUp() {
        engine = TaxEngine.create(RateTable.bundled(), CountryCode.of("IE"));
        SplittableRandom random = new SplittableRandom(42);
        sales = new SaleRequest[4096];
        for (int i = 0; i < sales.length; i++) {
            sales[i] = sale(i, random);
        }
    }

    static SaleRequest sale(int i, SplittableRandom random) {
        String[] place = PLACES[random.nextInt(PLACES.length)];
        String country = place[0];
        String elsewhere = country.equals("DE") ? "AT" : "DE";
        List<Evidence> items = new ArrayList<>();
        SupplyChannel channel = SupplyChannel.INTERNET;
        int shape = random.nextInt(4);
        if (shape == 3) {
            channel = SupplyChannel.MOBILE_NETWORK;
            items.add(Evidence.thirdParty(EvidenceType.SIM_COUNTRY, random.nextBoolean() ? country : elsewhere));
            items.add(Evidence.supplier(EvidenceType.BILLING_ADDRESS, country));
            items.add(Evidence.supplier(EvidenceType.IP_ADDRESS, country));
            items.add(Evidence.thirdParty(EvidenceType.BANK_DETAILS, country));
        } else {
            items.add(Evidence.supplier(EvidenceType.BILLING_ADDRESS, country));
            items.add(Evidence.supplier(EvidenceType.IP_ADDRESS, shape == 1 ? elsewhere : country));
            items.add(Evidence.thirdParty(EvidenceType.BANK_DETAILS, country));
        }
        ProductClass productClass = ProductClass.values()[random.nextInt(ProductClass.values().length)];
        LocalDate date = LocalDate.of(2024, 1, 1).plusDays(random.nextInt(1000));
        return new SaleRequest(
                "sale-" + i,
                date,
                productClass,
                Money.of(99 + random.nextInt(5000), place[2]),
                random.nextBoolean() ? PriceBasis.TAX_INCLUSIVE : PriceBasis.TAX_EXCLUSIVE,
                CustomerType.CONSUMER,
                new LocationEvidence(channel, items, false),
                place[1],
                Optional.empty());
    }

    /** One determination of the next sale in the mix. */
    @Benchmark
    public Determination determine() {
        SaleRequest sale = sales[next];
        next = (next + 1) & (sales.length - 1);
        return engine.determine(sale);
    }

    /**
     * Runs the benchmark from an IDE or {@code java -cp ...}; the Maven {@code bench} profile runs
     * it through JMH's own main class.
     */
    public static void main(String[] args) throws RunnerException {
        new Runner(new OptionsBuilder()
                        .include(DeterminationBenchmark.class.getSimpleName())
                        .forks(1)
                        .threads(1)
                        .build())
                .run();
    }
}
