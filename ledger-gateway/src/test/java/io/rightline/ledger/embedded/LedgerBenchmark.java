package io.rightline.ledger.embedded;

import io.rightline.ledger.Ledger;
import io.rightline.ledger.conformance.EmbeddedBackend;
import io.rightline.network.identity.Identity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Committed throughput and latency of the embedded ledger with full signing, MVCC validation and durable commit, at 1,
 * 16 and 128 concurrent clients; plus the bare cost of one endorsement signature and verification on this machine.
 *
 * <pre>
 * ledger-gateway/scripts/benchmark.sh short     # or: full; a second argument "assets" runs the test contract
 * </pre>
 *
 * {@code short} runs each level for 8 s after 2 s warm-up (under 60 s in all); {@code full} for 30 s after 10 s. A
 * second argument {@code assets} runs the test contract instead of RegisterWork + GrantLicence.
 * Figures go to the log and to {@code target/ledger-benchmark.json}.
 */
public final class LedgerBenchmark {
    private static final Logger LOG = LoggerFactory.getLogger(LedgerBenchmark.class);
    private static final int[] CLIENTS = {1, 16, 128};

    private LedgerBenchmark() {}

    /**
     * Figures of one level.
     *
     * @param clients concurrent clients
     * @param committed transactions committed in the measured window
     * @param perSecond committed per second
     * @param p50Ms median latency
     * @param p99Ms 99th percentile latency
     */
    record Level(int clients, long committed, double perSecond, double p50Ms, double p99Ms) {}

    /** Runs the benchmark; argument {@code short} (default) or {@code full}. */
    public static void main(String[] args) throws Exception {
        boolean full = args.length > 0 && args[0].equals("full");
        Duration warmup = full ? Duration.ofSeconds(10) : Duration.ofSeconds(2);
        Duration window = full ? Duration.ofSeconds(30) : Duration.ofSeconds(8);
        Workload workload = WorkloadSelector.select(args.length > 1 ? args[1] : "rights");
        try (EmbeddedBackend backend = EmbeddedBackend.start();
                Ledger ledger = backend.open()) {
            Identity caller = ledger.membership().issueClient("PlatformMSP", "benchmark", Map.of());
            double[] signature = signatureCost(ledger.membership().issueClient("PlatformMSP", "signer", Map.of()));
            double boundPerSecond =
                    Runtime.getRuntime().availableProcessors() * 1_000_000.0 / (3 * signature[0] + 3 * signature[1]);
            LOG.info(
                    "bare ECDSA P-256 cost signUs={} verifyUs={} boundTxPerSecond={} (3 signatures + 3 verifications per tx"
                            + " on {} cores)",
                    format(signature[0]),
                    format(signature[1]),
                    format(boundPerSecond),
                    Runtime.getRuntime().availableProcessors());
            workload.prepare(ledger, caller, 128);
            List<Level> levels = new ArrayList<>();
            for (int clients : CLIENTS) {
                Level level = run(ledger, caller, workload, clients, warmup, window);
                levels.add(level);
                LOG.info(
                        "workload={} clients={} committed={} txPerSecond={} p50Ms={} p99Ms={} fractionOfSignatureBound={}",
                        workload.name(),
                        level.clients(),
                        level.committed(),
                        format(level.perSecond()),
                        format(level.p50Ms()),
                        format(level.p99Ms()),
                        format(level.perSecond() / boundPerSecond));
            }
            write(workload, full, signature, boundPerSecond, levels);
        }
    }

    private static Level run(
            Ledger ledger, Identity caller, Workload workload, int clients, Duration warmup, Duration window)
            throws InterruptedException {
        AtomicBoolean measuring = new AtomicBoolean(false);
        AtomicBoolean stop = new AtomicBoolean(false);
        List<long[]> latencies = new ArrayList<>();
        CountDownLatch done = new CountDownLatch(clients);
        long[] counts = new long[clients];
        for (int client = 0; client < clients; client++) {
            long[] samples = new long[2_000_000 / clients + 1000];
            latencies.add(samples);
            int id = client;
            Thread.ofPlatform().daemon().start(() -> {
                long sequence = 0;
                try {
                    while (!stop.get()) {
                        long start = System.nanoTime();
                        workload.submit(ledger, caller, id + clients * 1000, sequence++);
                        long elapsed = System.nanoTime() - start;
                        if (measuring.get() && counts[id] < samples.length) {
                            samples[(int) counts[id]++] = elapsed;
                        }
                    }
                } finally {
                    done.countDown();
                }
            });
        }
        Thread.sleep(warmup);
        measuring.set(true);
        long started = System.nanoTime();
        Thread.sleep(window);
        measuring.set(false);
        double seconds = (System.nanoTime() - started) / 1e9;
        stop.set(true);
        done.await();
        long total = Arrays.stream(counts).sum();
        long[] all = new long[(int) total];
        int at = 0;
        for (int client = 0; client < clients; client++) {
            System.arraycopy(latencies.get(client), 0, all, at, (int) counts[client]);
            at += (int) counts[client];
        }
        Arrays.sort(all);
        return new Level(clients, total, total / seconds, percentile(all, 0.50), percentile(all, 0.99));
    }

    private static double percentile(long[] sorted, double fraction) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(fraction * sorted.length) - 1)] / 1e6;
    }

    /** Microseconds per signature (Identity.sign, as endorsers and clients sign) and per verification (as the validator verifies). */
    private static double[] signatureCost(Identity signer) {
        byte[] message = new byte[1200];
        Arrays.fill(message, (byte) 7);
        int rounds = 3000;
        byte[] signature = signer.sign(message);
        for (int i = 0; i < rounds / 3; i++) {
            signer.sign(message);
        }
        long start = System.nanoTime();
        for (int i = 0; i < rounds; i++) {
            signature = signer.sign(message);
        }
        double signUs = (System.nanoTime() - start) / 1e3 / rounds;
        for (int i = 0; i < rounds / 3; i++) {
            IdentityRegistry.verify(signer.certificate().getPublicKey(), message, signature);
        }
        start = System.nanoTime();
        for (int i = 0; i < rounds; i++) {
            if (!IdentityRegistry.verify(signer.certificate().getPublicKey(), message, signature)) {
                throw new IllegalStateException("signature does not verify");
            }
        }
        double verifyUs = (System.nanoTime() - start) / 1e3 / rounds;
        return new double[] {signUs, verifyUs};
    }

    private static void write(Workload workload, boolean full, double[] signature, double bound, List<Level> levels)
            throws IOException {
        StringBuilder json = new StringBuilder("{\n");
        json.append("  \"workload\": \"").append(workload.name()).append("\",\n");
        json.append("  \"mode\": \"").append(full ? "full" : "short").append("\",\n");
        json.append("  \"cores\": ")
                .append(Runtime.getRuntime().availableProcessors())
                .append(",\n");
        json.append("  \"signUs\": ").append(format(signature[0])).append(",\n");
        json.append("  \"verifyUs\": ").append(format(signature[1])).append(",\n");
        json.append("  \"signatureBoundTxPerSecond\": ").append(format(bound)).append(",\n");
        json.append("  \"levels\": [\n");
        for (int i = 0; i < levels.size(); i++) {
            Level level = levels.get(i);
            json.append(String.format(
                    Locale.ROOT,
                    "    {\"clients\": %d, \"committed\": %d, \"txPerSecond\": %.1f, \"p50Ms\": %.2f, \"p99Ms\": %.2f,"
                            + " \"fractionOfBound\": %.3f}%s%n",
                    level.clients(),
                    level.committed(),
                    level.perSecond(),
                    level.p50Ms(),
                    level.p99Ms(),
                    level.perSecond() / bound,
                    i + 1 < levels.size() ? "," : ""));
        }
        json.append("  ]\n}\n");
        Path out = Path.of("target", "ledger-benchmark-" + (full ? "full" : "short") + ".json");
        Files.createDirectories(out.getParent());
        Files.writeString(out, json, StandardCharsets.UTF_8);
        LOG.info("figures written to {}", out.toAbsolutePath());
    }

    private static String format(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
