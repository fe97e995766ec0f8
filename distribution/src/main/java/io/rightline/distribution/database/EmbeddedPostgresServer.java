package io.rightline.distribution.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real PostgreSQL server started from the embedded binaries, keeping its data in a directory that
 * survives restarts.
 *
 * <p>The data directory is initialised on first start only; later starts reuse it, so rows written
 * before a restart are still there. The unpacked binaries live in a separate runtime directory.
 *
 * <pre>{@code
 * try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(Path.of(".data"), 0)) {
 *     String url = server.jdbcUrl();
 * }
 * }</pre>
 */
public final class EmbeddedPostgresServer implements AutoCloseable {
    /** Database and role the server is reached with; the embedded cluster trusts local connections. */
    public static final String DATABASE = "postgres";

    public static final String USER = "postgres";

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    private static final Duration STARTUP_WAIT = Duration.ofSeconds(60);

    private final EmbeddedPostgres postgres;
    private final Path dataDirectory;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres, Path dataDirectory) {
        this.postgres = postgres;
        this.dataDirectory = dataDirectory;
    }

    /**
     * Starts PostgreSQL with its cluster in {@code <workDirectory>/postgres} and its binaries in
     * {@code <workDirectory>/pg-runtime}.
     *
     * @param workDirectory the server's working folder ({@code rightline.data-dir})
     * @param port TCP port on 127.0.0.1; {@code 0} picks a free one
     */
    public static EmbeddedPostgresServer start(Path workDirectory, int port) {
        Path root = workDirectory.toAbsolutePath().normalize();
        Path data = root.resolve("postgres");
        Path runtime = root.resolve("pg-runtime");
        try {
            Files.createDirectories(data);
            Files.createDirectories(runtime);
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(data)
                    .setCleanDataDirectory(false)
                    .setOverrideWorkingDirectory(runtime.toFile())
                    .setPort(port)
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    .setRegisterShutdownHook(true)
                    .setPGStartupWait(STARTUP_WAIT)
                    .start();
            log.info("embedded postgres started port={} dataDirectory={}", postgres.getPort(), data);
            return new EmbeddedPostgresServer(postgres, data);
        } catch (IOException e) {
            throw new UncheckedIOException("embedded PostgreSQL did not start in " + data, e);
        }
    }

    /** JDBC URL of the {@value #DATABASE} database. */
    public String jdbcUrl() {
        return postgres.getJdbcUrl(USER, DATABASE);
    }

    /** The TCP port the server listens on. */
    public int port() {
        return postgres.getPort();
    }

    /** The cluster's data directory. */
    public Path dataDirectory() {
        return dataDirectory;
    }

    /** Stops the server; the data directory is kept. */
    @Override
    public void close() {
        try {
            postgres.close();
            log.info("embedded postgres stopped dataDirectory={}", dataDirectory);
        } catch (IOException e) {
            throw new UncheckedIOException("embedded PostgreSQL did not stop cleanly", e);
        }
    }
}
