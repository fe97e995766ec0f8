package io.rightline.ledger.embedded;

import io.rightline.ledger.BlockEvent;
import io.rightline.ledger.ChaincodeEvent;
import io.rightline.ledger.EventPosition;
import io.rightline.ledger.LedgerErrorCode;
import io.rightline.ledger.LedgerException;
import io.rightline.ledger.TransactionRecord;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * JDBC access to schema {@code ledger}. A block, its state changes, its transaction index rows and its events are
 * written in one database transaction by {@link #commit}; readers open their own connections.
 */
final class BlockStore implements AutoCloseable {
    private final Database database;
    private final Connection writer;

    /**
     * Everything one block commits.
     *
     * @param number block number
     * @param headerHash Fabric header hash of the block
     * @param blockBytes serialized common.Block with validation flags set
     * @param transactions transaction index rows in block order
     * @param events chaincode events of valid transactions
     * @param updates state writes of valid transactions (null value = delete)
     */
    record CommittedBlock(
            long number,
            byte[] headerHash,
            byte[] blockBytes,
            List<TransactionRecord> transactions,
            List<ChaincodeEvent> events,
            Map<String, VersionedValue> updates) {}

    /**
     * The last block on record.
     *
     * @param number its number
     * @param headerHash its header hash
     */
    record Tip(long number, byte[] headerHash) {}

    BlockStore(Database database) {
        this.database = database;
        this.writer = database.connect();
        try {
            writer.setAutoCommit(false);
        } catch (SQLException e) {
            throw unavailable("cannot configure writer connection", e);
        }
    }

    Optional<Tip> tip() {
        return query(
                "select number, header_hash from blocks order by number desc limit 1",
                statement -> {},
                rows -> rows.next() ? Optional.of(new Tip(rows.getLong(1), rows.getBytes(2))) : Optional.empty());
    }

    void loadState(WorldState state) {
        try (Connection connection = database.connect()) {
            connection.setAutoCommit(false);
            try (PreparedStatement statement =
                    connection.prepareStatement("select key, value, block_num, tx_num from state")) {
                statement.setFetchSize(10_000);
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        state.load(
                                new String(rows.getBytes(1), StandardCharsets.UTF_8),
                                new VersionedValue(rows.getBytes(2), rows.getLong(3), rows.getInt(4)));
                    }
                }
            }
            connection.commit();
        } catch (SQLException e) {
            throw unavailable("cannot load state", e);
        }
    }

    /** Writes one block and everything it changes atomically. */
    void commit(CommittedBlock block) throws SQLException {
        try {
            insertBlock(block);
            writeState(block);
            insertTransactions(block);
            insertEvents(block);
            writer.commit();
        } catch (SQLException e) {
            writer.rollback();
            throw e;
        }
    }

    private void insertBlock(CommittedBlock block) throws SQLException {
        try (PreparedStatement statement =
                writer.prepareStatement("insert into blocks (number, header_hash, block) values (?, ?, ?)")) {
            statement.setLong(1, block.number());
            statement.setBytes(2, block.headerHash());
            statement.setBytes(3, block.blockBytes());
            statement.executeUpdate();
        }
    }

    private void writeState(CommittedBlock block) throws SQLException {
        try (PreparedStatement upsert = writer.prepareStatement(
                        "insert into state (key, value, block_num, tx_num) values (?, ?, ?, ?) on conflict (key) do"
                                + " update set value = excluded.value, block_num = excluded.block_num,"
                                + " tx_num = excluded.tx_num");
                PreparedStatement delete = writer.prepareStatement("delete from state where key = ?")) {
            for (Map.Entry<String, VersionedValue> entry : block.updates().entrySet()) {
                byte[] key = entry.getKey().getBytes(StandardCharsets.UTF_8);
                VersionedValue value = entry.getValue();
                if (value.value() == null) {
                    delete.setBytes(1, key);
                    delete.addBatch();
                } else {
                    upsert.setBytes(1, key);
                    upsert.setBytes(2, value.value());
                    upsert.setLong(3, value.blockNumber());
                    upsert.setInt(4, value.txNumber());
                    upsert.addBatch();
                }
            }
            upsert.executeBatch();
            delete.executeBatch();
        }
    }

    private void insertTransactions(CommittedBlock block) throws SQLException {
        try (PreparedStatement statement = writer.prepareStatement(
                "insert into transactions (tx_id, block_num, tx_num, validation_code) values (?, ?, ?, ?)"
                        + " on conflict (tx_id) do nothing")) {
            for (TransactionRecord transaction : block.transactions()) {
                statement.setString(1, transaction.txId());
                statement.setLong(2, transaction.position().blockNumber());
                statement.setInt(3, transaction.position().txNumber());
                statement.setString(4, transaction.validationCode());
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }

    private void insertEvents(CommittedBlock block) throws SQLException {
        try (PreparedStatement statement = writer.prepareStatement(
                "insert into chaincode_events (block_num, tx_num, tx_id, chaincode, event_name, payload)"
                        + " values (?, ?, ?, ?, ?, ?)")) {
            for (ChaincodeEvent event : block.events()) {
                statement.setLong(1, event.position().blockNumber());
                statement.setInt(2, event.position().txNumber());
                statement.setString(3, event.txId());
                statement.setString(4, event.chaincodeName());
                statement.setString(5, event.eventName());
                statement.setBytes(6, event.payload());
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }

    /** Tx ids among {@code candidates} that are already in a committed block. */
    Set<String> existingTxIds(List<String> candidates) {
        if (candidates.isEmpty()) {
            return Set.of();
        }
        try {
            Array ids = writer.createArrayOf("text", candidates.toArray());
            try (PreparedStatement statement =
                    writer.prepareStatement("select tx_id from transactions where tx_id = any(?)")) {
                statement.setArray(1, ids);
                Set<String> found = new HashSet<>();
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        found.add(rows.getString(1));
                    }
                }
                writer.commit();
                return found;
            }
        } catch (SQLException e) {
            throw unavailable("cannot read transaction index", e);
        }
    }

    Optional<TransactionRecord> transaction(String txId) {
        return query(
                "select block_num, tx_num, validation_code from transactions where tx_id = ?",
                statement -> statement.setString(1, txId),
                rows -> rows.next()
                        ? Optional.of(new TransactionRecord(
                                txId, new EventPosition(rows.getLong(1), rows.getInt(2)), rows.getString(3)))
                        : Optional.empty());
    }

    /** Events strictly after (block, tx); tx may be -1 to start at a block. */
    List<ChaincodeEvent> eventsAfter(long block, int tx, int limit) {
        return query(
                "select block_num, tx_num, tx_id, chaincode, event_name, payload from chaincode_events"
                        + " where (block_num, tx_num) > (?, ?) order by block_num, tx_num limit ?",
                statement -> {
                    statement.setLong(1, block);
                    statement.setInt(2, tx);
                    statement.setInt(3, limit);
                },
                rows -> {
                    List<ChaincodeEvent> events = new ArrayList<>();
                    while (rows.next()) {
                        events.add(new ChaincodeEvent(
                                new EventPosition(rows.getLong(1), rows.getInt(2)),
                                rows.getString(3),
                                rows.getString(4),
                                rows.getString(5),
                                rows.getBytes(6)));
                    }
                    return events;
                });
    }

    /** Blocks from {@code first} on, at most {@code limit}. */
    List<BlockEvent> blocksFrom(long first, int limit) {
        List<BlockEvent> blocks = new ArrayList<>();
        query(
                "select number, block from blocks where number >= ? order by number limit ?",
                statement -> {
                    statement.setLong(1, first);
                    statement.setInt(2, limit);
                },
                rows -> {
                    while (rows.next()) {
                        long number = rows.getLong(1);
                        blocks.add(new BlockEvent(number, rows.getBytes(2), statuses(number)));
                    }
                    return blocks;
                });
        return blocks;
    }

    private List<BlockEvent.TransactionStatus> statuses(long block) {
        return query(
                "select tx_id, validation_code from transactions where block_num = ? order by tx_num",
                statement -> statement.setLong(1, block),
                rows -> {
                    List<BlockEvent.TransactionStatus> statuses = new ArrayList<>();
                    while (rows.next()) {
                        statuses.add(new BlockEvent.TransactionStatus(rows.getString(1), rows.getString(2)));
                    }
                    return statuses;
                });
    }

    Optional<EventPosition> checkpoint(String consumerId) {
        return query(
                "select block_num, tx_num from checkpoints where consumer_id = ?",
                statement -> statement.setString(1, consumerId),
                rows -> rows.next()
                        ? Optional.of(new EventPosition(rows.getLong(1), rows.getInt(2)))
                        : Optional.empty());
    }

    void saveCheckpoint(String consumerId, EventPosition position) {
        try (Connection connection = database.connect();
                PreparedStatement statement = connection.prepareStatement(
                        "insert into checkpoints (consumer_id, block_num, tx_num) values (?, ?, ?) on conflict"
                                + " (consumer_id) do update set block_num = excluded.block_num,"
                                + " tx_num = excluded.tx_num")) {
            statement.setString(1, consumerId);
            statement.setLong(2, position.blockNumber());
            statement.setInt(3, position.txNumber());
            statement.executeUpdate();
        } catch (SQLException e) {
            throw unavailable("cannot save checkpoint of " + consumerId, e);
        }
    }

    private <T> T query(String sql, Binder binder, Reader<T> reader) {
        try (Connection connection = database.connect();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            binder.bind(statement);
            try (ResultSet rows = statement.executeQuery()) {
                return reader.read(rows);
            }
        } catch (SQLException e) {
            throw unavailable("query failed: " + sql, e);
        }
    }

    private static LedgerException unavailable(String message, SQLException cause) {
        return new LedgerException(LedgerErrorCode.LEDGER_UNAVAILABLE, message, null, cause);
    }

    @Override
    public void close() {
        try {
            writer.close();
        } catch (SQLException e) {
            throw unavailable("cannot close writer connection", e);
        }
    }

    @FunctionalInterface
    private interface Binder {
        void bind(PreparedStatement statement) throws SQLException;
    }

    @FunctionalInterface
    private interface Reader<T> {
        T read(ResultSet rows) throws SQLException;
    }
}
