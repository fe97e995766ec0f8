package io.rightline.ledger.embedded;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * After a crash: the live state equals the replay of the blocks, and every transaction acknowledged to a client is in a
 * committed block and VALID. Exit status 0 when both hold.
 *
 * <p>Arguments: JDBC URL, acknowledgement file.
 */
public final class FaultCheck {
    private static final Logger LOG = LoggerFactory.getLogger(FaultCheck.class);

    private FaultCheck() {}

    /** Runs both checks. */
    public static void main(String[] args) throws Exception {
        EmbeddedLedgerConfig config =
                EmbeddedLedgerConfig.defaults(Path.of("target/fault-check")).withDatabase(args[0], "postgres", null);
        boolean replayed = ReplayCommand.run(config);
        List<String> acknowledged = Files.readAllLines(Path.of(args[1]), StandardCharsets.UTF_8).stream()
                .filter(line -> line.length() == 64)
                .toList();
        long missing = 0;
        try (Connection connection = DriverManager.getConnection(args[0] + "&currentSchema=ledger");
                PreparedStatement statement = connection.prepareStatement(
                        "select count(*) from transactions where tx_id = any(?) and validation_code = 'VALID'")) {
            statement.setArray(1, connection.createArrayOf("text", acknowledged.toArray()));
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                missing = acknowledged.size() - rows.getLong(1);
            }
        }
        LOG.info("acknowledged={} missingFromBlocks={} replayMatches={}", acknowledged.size(), missing, replayed);
        System.exit(replayed && missing == 0 ? 0 : 1);
    }
}
