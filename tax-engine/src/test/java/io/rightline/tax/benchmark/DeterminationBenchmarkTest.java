package io.rightline.tax.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import io.rightline.tax.determination.Determination;
import java.util.Arrays;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The benchmark measures real determinations, not error paths. */
class DeterminationBenchmarkTest {
    @Nested
    class Mix {
        @Test
        void every_sale_in_the_benchmark_mix_is_located_and_taxed() {
            DeterminationBenchmark benchmark = new DeterminationBenchmark();
            benchmark.setUp();
            Determination[] results = new Determination[4096];
            for (int i = 0; i < results.length; i++) {
                results[i] = benchmark.determine();
            }
            assertThat(Arrays.asList(results)).allSatisfy(r -> assertThat(r).isInstanceOf(Determination.Taxed.class));
            assertThat(Arrays.stream(results)
                            .map(r -> ((Determination.Taxed) r).locationBasis())
                            .distinct()
                            .count())
                    .as("evidence rules exercised")
                    .isGreaterThanOrEqualTo(3);
        }
    }
}
