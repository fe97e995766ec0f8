package io.rightline.distribution.metering.bench;

import java.io.BufferedInputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Load program for heartbeat ingest. Starts nothing itself: it sends heartbeat batches over loopback
 * HTTP to a running server as the demo viewer with N client threads for 20 s (short) or 60 s (full),
 * reports accepted heartbeats/s and p50/p99 request latency, then COPYs the same number of rows of the
 * same shape straight into {@code distribution.heartbeat} with the PostgreSQL {@link CopyManager} (and
 * deletes them again), and prints the ratio. See distribution/README.md for the command.
 *
 * <p>Arguments ({@code key=value}): {@code mode=short|full}, {@code baseUrl=http://127.0.0.1:8080},
 * {@code threads=3}, {@code batch=250}, {@code jdbcUrl=jdbc:postgresql://127.0.0.1:54329/postgres},
 * {@code jdbcUser=postgres}.
 */
public final class HeartbeatLoad {
    private static final Logger log = LoggerFactory.getLogger(HeartbeatLoad.class);
    private static final Pattern ACCEPTED = Pattern.compile("\"accepted\"\\s*:\\s*(\\d+)");

    private final Map<String, String> options;
    private final HttpClient http =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private HeartbeatLoad(Map<String, String> options) {
        this.options = options;
    }

    /** Runs the load; see the class comment for the arguments. */
    public static void main(String[] args) throws Exception {
        Map<String, String> options = new HashMap<>();
        for (String arg : args) {
            String[] pair = arg.split("=", 2);
            options.put(pair[0], pair.length == 2 ? pair[1] : "");
        }
        new HeartbeatLoad(options).run();
    }

    private String option(String name, String fallback) {
        return options.getOrDefault(name, fallback);
    }

    private void run() throws Exception {
        String baseUrl = option("baseUrl", "http://127.0.0.1:8080");
        Duration duration = option("mode", "short").equals("full") ? Duration.ofSeconds(60) : Duration.ofSeconds(20);
        int threads = Integer.parseInt(option("threads", "3"));
        int batch = Integer.parseInt(option("batch", "250"));
        String token = token(baseUrl);
        log.info(
                "heartbeat load mode={} seconds={} threads={} batch={}",
                option("mode", "short"),
                duration.toSeconds(),
                threads,
                batch);

        // warm-up, not measured
        runClients(baseUrl, token, Math.min(threads, 2), batch, Duration.ofSeconds(5));
        Result result = runClients(baseUrl, token, threads, batch, duration);
        double ingestRate = result.accepted / result.seconds;
        log.info(
                "ingest heartbeats={} seconds={} rate={}/s requests={} p50Ms={} p99Ms={} maxMs={} failedRequests={}",
                result.accepted,
                String.format("%.1f", result.seconds),
                Math.round(ingestRate),
                result.latenciesMicros.length,
                millis(percentile(result.latenciesMicros, 50)),
                millis(percentile(result.latenciesMicros, 99)),
                millis(percentile(result.latenciesMicros, 100)),
                result.failed);
        double copyRate = copy(result.accepted);
        log.info(
                "ratio ingestRate={}/s copyRate={}/s ingestToCopy={}",
                Math.round(ingestRate),
                Math.round(copyRate),
                String.format("%.3f", ingestRate / copyRate));
    }

    private record Result(long accepted, double seconds, long[] latenciesMicros, long failed) {}

    private Result runClients(String baseUrl, String token, int threads, int batch, Duration duration)
            throws Exception {
        long deadline = System.nanoTime() + duration.toNanos();
        long started = System.nanoTime();
        List<Future<long[]>> futures = new ArrayList<>();
        List<List<Long>> latencies = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            for (int t = 0; t < threads; t++) {
                List<Long> own = new ArrayList<>();
                latencies.add(own);
                futures.add(pool.submit(() -> client(baseUrl, token, batch, deadline, own)));
            }
            long accepted = 0;
            long failed = 0;
            for (Future<long[]> future : futures) {
                long[] counts = future.get();
                accepted += counts[0];
                failed += counts[1];
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            long[] all = latencies.stream()
                    .flatMap(List::stream)
                    .mapToLong(Long::longValue)
                    .toArray();
            Arrays.sort(all);
            return new Result(accepted, seconds, all, failed);
        }
    }

    /** One client: its own session, consecutive sequences, until the deadline. */
    private long[] client(String baseUrl, String token, int batch, long deadline, List<Long> latencies)
            throws IOException, InterruptedException {
        String session = openSession(baseUrl, token);
        long accepted = 0;
        long failed = 0;
        int sequence = 0;
        String sentAt = Instant.now().toString();
        while (System.nanoTime() < deadline) {
            StringBuilder body = new StringBuilder(batch * 120).append('[');
            for (int i = 0; i < batch; i++, sequence++) {
                if (i > 0) {
                    body.append(',');
                }
                body.append("{\"sessionId\":\"")
                        .append(session)
                        .append("\",\"sequence\":")
                        .append(sequence)
                        .append(",\"positionMs\":")
                        .append(sequence * 10_000L)
                        .append(",\"secondsPlayed\":10,\"sentAt\":\"")
                        .append(sentAt)
                        .append("\"}");
            }
            HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/api/v1/metering/heartbeats"))
                    .header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body.append(']').toString()))
                    .build();
            long start = System.nanoTime();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            latencies.add((System.nanoTime() - start) / 1_000);
            Matcher matcher = ACCEPTED.matcher(response.body());
            if (response.statusCode() == 200 && matcher.find()) {
                accepted += Long.parseLong(matcher.group(1));
            } else {
                failed++;
            }
        }
        return new long[] {accepted, failed};
    }

    /** COPYs {@code rows} heartbeat rows into the same table; returns rows per second. */
    private double copy(long rows) throws SQLException, IOException {
        String url = option("jdbcUrl", "jdbc:postgresql://127.0.0.1:54329/postgres");
        try (Connection connection =
                DriverManager.getConnection(url, option("jdbcUser", "postgres"), option("jdbcPassword", ""))) {
            LocalDate month = LocalDate.now(ZoneOffset.UTC).withDayOfMonth(1);
            String now = Instant.now().toString();
            int perSession = 100_000;
            List<UUID> sessions = new ArrayList<>();
            // the rows are written to a file first so that only the COPY itself is timed
            Path file = Files.createTempFile("heartbeat-copy", ".tsv");
            try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                for (long i = 0; i < rows; i++) {
                    if (i % perSession == 0) {
                        sessions.add(UUID.randomUUID());
                    }
                    out.append(sessions.getLast().toString())
                            .append('\t')
                            .append(Long.toString(i % perSession))
                            .append('\t')
                            .append(month.toString())
                            .append('\t')
                            .append(Long.toString(i * 10_000L))
                            .append("\t10\t")
                            .append(now)
                            .append('\t')
                            .append(now)
                            .append('\n');
                }
            }
            CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
            long start = System.nanoTime();
            long copied;
            try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
                copied = copy.copyIn(
                        "COPY distribution.heartbeat (session_id, sequence, session_month, position_ms, seconds_played,"
                                + " sent_at, received_at) FROM STDIN",
                        in);
            } finally {
                Files.delete(file);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            log.info(
                    "copy rows={} seconds={} rate={}/s",
                    copied,
                    String.format("%.2f", seconds),
                    Math.round(copied / seconds));
            try (PreparedStatement delete =
                    connection.prepareStatement("DELETE FROM distribution.heartbeat WHERE session_id = ANY (?)")) {
                delete.setArray(1, connection.createArrayOf("uuid", sessions.toArray()));
                delete.executeUpdate();
            }
            return copied / seconds;
        }
    }

    private String openSession(String baseUrl, String token) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/api/v1/metering/sessions"))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"workId\":\"bench-work\",\"contentType\":\"music\",\"territory\":\"DE\"}"))
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        Matcher id = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"").matcher(response.body());
        if (response.statusCode() != 201 || !id.find()) {
            throw new IllegalStateException(
                    "could not open a session: " + response.statusCode() + " " + response.body());
        }
        return id.group(1);
    }

    private String token(String baseUrl) throws IOException, InterruptedException {
        String basic = Base64.getEncoder().encodeToString("demo-viewer:viewer-demo".getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/oauth2/token"))
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials&scope=api"))
                .build();
        String body = http.send(request, HttpResponse.BodyHandlers.ofString()).body();
        Matcher token = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"").matcher(body);
        if (!token.find()) {
            throw new IllegalStateException("no token: " + body);
        }
        return token.group(1);
    }

    private static long percentile(long[] sorted, int percent) {
        if (sorted.length == 0) {
            return 0;
        }
        int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(index, sorted.length - 1))];
    }

    private static String millis(long micros) {
        return String.format("%.1f", micros / 1000.0);
    }
}
