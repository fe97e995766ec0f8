package io.rightline.ledger.embedded;

import io.rightline.ledger.LedgerErrorCode;
import io.rightline.ledger.LedgerException;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The PostgreSQL holding schema {@code ledger}: an external server by URL or an embedded cluster under the data dir. */
final class Database implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Database.class);
    static final String SCHEMA = "ledger";

    private final EmbeddedPostgres embedded;
    private final String url;
    private final Properties properties = new Properties();

    private Database(EmbeddedPostgres embedded, String url, String user, String password) {
        this.embedded = embedded;
        this.url = url;
        if (user != null) {
            properties.setProperty("user", user);
        }
        if (password != null) {
            properties.setProperty("password", password);
        }
        properties.setProperty("reWriteBatchedInserts", "true");
        properties.setProperty("currentSchema", SCHEMA);
    }

    /** Connects to the configured database (starting the embedded one if needed) and migrates schema ledger. */
    static Database open(EmbeddedLedgerConfig config) {
        Database database;
        if (config.jdbcUrl() != null) {
            database = new Database(null, config.jdbcUrl(), config.jdbcUser(), config.jdbcPassword());
        } else {
            EmbeddedPostgres postgres = startEmbedded(config.dataDirectory().resolve("postgres"));
            database = new Database(postgres, postgres.getJdbcUrl("postgres", "postgres"), "postgres", null);
        }
        database.migrate();
        return database;
    }

    private static EmbeddedPostgres startEmbedded(Path directory) {
        try {
            Files.createDirectories(directory);
            stopOrphanedServer(directory.toAbsolutePath());
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(directory.toAbsolutePath())
                    .setCleanDataDirectory(false)
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .start();
            LOG.info("embedded PostgreSQL started port={} dataDirectory={}", postgres.getPort(), directory);
            return postgres;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start embedded PostgreSQL in " + directory, e);
        }
    }

    /**
     * A ledger process killed without shutdown leaves its PostgreSQL server running on the data directory, and a new
     * server cannot start there. Stop that server (only if its command line names this directory) and wait for it.
     */
    private static void stopOrphanedServer(Path directory) throws IOException {
        Path pidFile = directory.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return;
        }
        List<String> lines = Files.readAllLines(pidFile);
        if (lines.isEmpty() || !lines.getFirst().strip().matches("\\d+")) {
            return;
        }
        String absolute = directory.toAbsolutePath().toString();
        Optional<ProcessHandle> server = ProcessHandle.of(
                        Long.parseLong(lines.getFirst().strip()))
                .filter(process -> process.info().commandLine().orElse("").contains(absolute));
        if (server.isPresent()) {
            LOG.warn(
                    "stopping PostgreSQL left running by a killed ledger pid={}",
                    server.get().pid());
            server.get().destroy();
            try {
                server.get().onExit().get(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (ExecutionException | TimeoutException e) {
                throw new IOException("PostgreSQL left running in " + directory + " did not stop", e);
            }
        }
    }

    private void migrate() {
        Flyway.configure()
                .dataSource(url, properties.getProperty("user"), properties.getProperty("password"))
                .schemas(SCHEMA)
                .locations("classpath:db/ledger")
                .load()
                .migrate();
    }

    /** A new connection with search path {@code ledger}. */
    Connection connect() {
        try {
            return DriverManager.getConnection(url, properties);
        } catch (SQLException e) {
            throw new LedgerException(LedgerErrorCode.LEDGER_UNAVAILABLE, "cannot connect to " + url, null, e);
        }
    }

    /** The JDBC URL (without credentials). */
    String url() {
        return url;
    }

    @Override
    public void close() {
        if (embedded != null) {
            try {
                embedded.close();
            } catch (IOException e) {
                LOG.warn("embedded PostgreSQL did not stop cleanly", e);
            }
        }
    }
}
