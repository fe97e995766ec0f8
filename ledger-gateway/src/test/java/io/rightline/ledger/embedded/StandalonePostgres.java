package io.rightline.ledger.embedded;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * Runs a PostgreSQL server (the embedded binaries) as its own process for the fault test, so that killing the ledger
 * process does not take the database down with it. Writes the JDBC URL to the given file; stops on SIGTERM.
 *
 * <p>Arguments: data directory, URL file.
 */
public final class StandalonePostgres {

    private StandalonePostgres() {}

    /** Starts PostgreSQL and blocks until the process is terminated. */
    public static void main(String[] args) throws Exception {
        Path data = Path.of(args[0]);
        Files.createDirectories(data);
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(data)
                .setCleanDataDirectory(false)
                .setServerConfig("listen_addresses", "127.0.0.1")
                .start();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(Thread.ofPlatform().unstarted(() -> {
            try {
                postgres.close();
            } catch (java.io.IOException e) {
                Thread.currentThread().interrupt();
            } finally {
                stopped.countDown();
            }
        }));
        Files.writeString(Path.of(args[1]), postgres.getJdbcUrl("postgres", "postgres"), StandardCharsets.UTF_8);
        stopped.await();
    }
}
