package io.rightline.ledger.conformance;

import io.rightline.ledger.Ledger;
import io.rightline.ledger.Ledgers;
import io.rightline.ledger.embedded.EmbeddedLedgerConfig;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/** The embedded ledger on a throw-away PostgreSQL (random port, temporary directory). */
public final class EmbeddedBackend implements LedgerBackend {
    private final EmbeddedPostgres postgres;
    private final Path directory;
    private final UnaryOperator<EmbeddedLedgerConfig> customise;

    private EmbeddedBackend(EmbeddedPostgres postgres, Path directory, UnaryOperator<EmbeddedLedgerConfig> customise) {
        this.postgres = postgres;
        this.directory = directory;
        this.customise = customise;
    }

    /** Starts PostgreSQL; ledgers use the default configuration. */
    public static EmbeddedBackend start() {
        return start(UnaryOperator.identity());
    }

    /** Starts PostgreSQL; ledgers use the default configuration changed by {@code customise}. */
    public static EmbeddedBackend start(UnaryOperator<EmbeddedLedgerConfig> customise) {
        try {
            Path directory = Files.createTempDirectory("ledger-test");
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(directory.resolve("postgres"))
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    .start();
            return new EmbeddedBackend(postgres, directory, customise);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The configuration ledgers are opened with. */
    public EmbeddedLedgerConfig config() {
        return customise.apply(EmbeddedLedgerConfig.defaults(directory.resolve("ledger"))
                .withDatabase(postgres.getJdbcUrl("postgres", "postgres"), "postgres", null));
    }

    @Override
    public Ledger open() {
        return Ledgers.embedded(config());
    }

    /** JDBC URL of the backing database. */
    public String jdbcUrl() {
        return postgres.getJdbcUrl("postgres", "postgres");
    }

    @Override
    public void close() {
        try {
            postgres.close();
            try (Stream<Path> files = Files.walk(directory)) {
                files.sorted(Comparator.reverseOrder())
                        .forEach(path -> path.toFile().delete());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
