package io.rightline.ledger.embedded;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Proves that the live state equals the replay of all valid transactions in the committed blocks.
 *
 * <pre>
 * ReplayCommand --data-dir data/ledger                       # embedded PostgreSQL under the data dir (ledger stopped)
 * ReplayCommand --jdbc-url jdbc:postgresql://127.0.0.1:5432/postgres --user postgres [--password secret]
 * </pre>
 *
 * Exit status 0 when the states match, 1 when they differ, 2 on bad usage.
 */
public final class ReplayCommand {
    private static final Logger LOG = LoggerFactory.getLogger(ReplayCommand.class);

    private ReplayCommand() {}

    /** Runs the replay check; see the class comment for arguments. */
    public static void main(String[] args) throws SQLException {
        EmbeddedLedgerConfig config = parse(args);
        if (config == null) {
            LOG.error("usage: ReplayCommand --data-dir DIR | --jdbc-url URL [--user U] [--password P]");
            System.exit(2);
            return;
        }
        System.exit(run(config) ? 0 : 1);
    }

    /** Replays and compares; true when the live state equals the replay. */
    public static boolean run(EmbeddedLedgerConfig config) throws SQLException {
        try (Database database = Database.open(config);
                Connection connection = database.connect()) {
            Replay.Result result = new Replay(config.chaincodeName()).run(connection);
            if (result.matches()) {
                LOG.info(
                        "replay OK blocks={} validTransactions={} keys={}",
                        result.blocks(),
                        result.validTransactions(),
                        result.replayedKeys());
            } else {
                LOG.error(
                        "replay MISMATCH blocks={} validTransactions={} replayedKeys={} liveKeys={} differences={}",
                        result.blocks(),
                        result.validTransactions(),
                        result.replayedKeys(),
                        result.liveKeys(),
                        result.differences());
            }
            return result.matches();
        }
    }

    static EmbeddedLedgerConfig parse(String[] args) {
        String dataDir = null;
        String url = null;
        String user = null;
        String password = null;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--data-dir" -> dataDir = args[i + 1];
                case "--jdbc-url" -> url = args[i + 1];
                case "--user" -> user = args[i + 1];
                case "--password" -> password = args[i + 1];
                default -> {
                    return null;
                }
            }
        }
        if (args.length % 2 != 0 || (dataDir == null && url == null)) {
            return null;
        }
        EmbeddedLedgerConfig config =
                EmbeddedLedgerConfig.defaults(Path.of(dataDir == null ? "target/replay" : dataDir));
        return url == null ? config : config.withDatabase(url, user, password);
    }
}
