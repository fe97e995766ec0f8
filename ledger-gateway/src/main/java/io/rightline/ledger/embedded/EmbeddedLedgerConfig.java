package io.rightline.ledger.embedded;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * Configuration of the embedded ledger.
 *
 * @param dataDirectory holds the organisations' CAs and, without {@code jdbcUrl}, the embedded PostgreSQL cluster
 * @param jdbcUrl an external PostgreSQL (schema {@code ledger} is created by Flyway); null starts an embedded one
 * @param jdbcUser user for {@code jdbcUrl}
 * @param jdbcPassword password for {@code jdbcUrl}
 * @param channelId the channel name written into blocks
 * @param chaincodeName the chaincode name (namespace of the read/write sets)
 * @param maxMessageCount block cutting: most transactions per block (Fabric's BatchSize.MaxMessageCount)
 * @param preferredMaxBytes block cutting: cut when the pending envelopes reach this size (BatchSize.PreferredMaxBytes)
 * @param batchTimeout block cutting: cut at most this long after the first pending transaction (BatchTimeout)
 * @param maxArgumentBytes the largest total size of one transaction's arguments
 * @param executionThreads threads executing and endorsing proposals
 * @param maxPendingTransactions submissions in flight before {@code submit} blocks the caller
 */
public record EmbeddedLedgerConfig(
        Path dataDirectory,
        String jdbcUrl,
        String jdbcUser,
        String jdbcPassword,
        String channelId,
        String chaincodeName,
        int maxMessageCount,
        int preferredMaxBytes,
        Duration batchTimeout,
        int maxArgumentBytes,
        int executionThreads,
        int maxPendingTransactions) {

    /** Checks the limits. */
    public EmbeddedLedgerConfig {
        Objects.requireNonNull(dataDirectory, "dataDirectory");
        Objects.requireNonNull(channelId, "channelId");
        Objects.requireNonNull(chaincodeName, "chaincodeName");
        Objects.requireNonNull(batchTimeout, "batchTimeout");
        if (maxMessageCount < 1 || preferredMaxBytes < 1 || maxArgumentBytes < 1 || executionThreads < 1) {
            throw new IllegalArgumentException("block cutting limits and thread counts must be positive");
        }
        if (maxPendingTransactions < maxMessageCount) {
            throw new IllegalArgumentException("maxPendingTransactions must be at least maxMessageCount");
        }
    }

    /**
     * Defaults: embedded PostgreSQL under {@code dataDirectory}, channel {@code rightline}, chaincode {@code rightline},
     * blocks of at most 500 transactions or 2 MB or 50 ms, arguments up to 256 KiB.
     */
    public static EmbeddedLedgerConfig defaults(Path dataDirectory) {
        return new EmbeddedLedgerConfig(
                dataDirectory,
                null,
                null,
                null,
                "rightline",
                "rightline",
                500,
                2 * 1024 * 1024,
                Duration.ofMillis(50),
                256 * 1024,
                Math.max(2, Runtime.getRuntime().availableProcessors()),
                4096);
    }

    /** Same configuration against an external PostgreSQL. */
    public EmbeddedLedgerConfig withDatabase(String url, String user, String password) {
        return new EmbeddedLedgerConfig(
                dataDirectory,
                url,
                user,
                password,
                channelId,
                chaincodeName,
                maxMessageCount,
                preferredMaxBytes,
                batchTimeout,
                maxArgumentBytes,
                executionThreads,
                maxPendingTransactions);
    }

    /** Same configuration with other block cutting parameters. */
    public EmbeddedLedgerConfig withBlockCutting(int messageCount, int maxBytes, Duration timeout) {
        return new EmbeddedLedgerConfig(
                dataDirectory,
                jdbcUrl,
                jdbcUser,
                jdbcPassword,
                channelId,
                chaincodeName,
                messageCount,
                maxBytes,
                timeout,
                maxArgumentBytes,
                executionThreads,
                Math.max(maxPendingTransactions, messageCount));
    }

    /** Same configuration with another argument size limit. */
    public EmbeddedLedgerConfig withMaxArgumentBytes(int limit) {
        return new EmbeddedLedgerConfig(
                dataDirectory,
                jdbcUrl,
                jdbcUser,
                jdbcPassword,
                channelId,
                chaincodeName,
                maxMessageCount,
                preferredMaxBytes,
                batchTimeout,
                limit,
                executionThreads,
                maxPendingTransactions);
    }

    /** Same configuration with another number of execution threads (1 keeps submission order into blocks). */
    public EmbeddedLedgerConfig withExecutionThreads(int threads) {
        return new EmbeddedLedgerConfig(
                dataDirectory,
                jdbcUrl,
                jdbcUser,
                jdbcPassword,
                channelId,
                chaincodeName,
                maxMessageCount,
                preferredMaxBytes,
                batchTimeout,
                maxArgumentBytes,
                threads,
                maxPendingTransactions);
    }
}
