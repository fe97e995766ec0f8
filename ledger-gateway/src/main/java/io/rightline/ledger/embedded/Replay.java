package io.rightline.ledger.embedded;

import com.google.protobuf.ByteString;
import com.google.protobuf.InvalidProtocolBufferException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.hyperledger.fabric.protos.common.Block;
import org.hyperledger.fabric.protos.common.BlockMetadataIndex;
import org.hyperledger.fabric.protos.ledger.rwset.kvrwset.KVWrite;
import org.hyperledger.fabric.protos.peer.TxValidationCode;

/**
 * Rebuilds world state from the stored blocks alone — the writes of every transaction flagged VALID in each block's
 * TRANSACTIONS_FILTER, in block order — into a scratch table, and compares it with the live state table.
 */
final class Replay {
    private final String namespace;

    /**
     * Outcome of a replay.
     *
     * @param blocks blocks read (including genesis)
     * @param validTransactions transactions whose writes were applied
     * @param replayedKeys keys in the rebuilt state
     * @param liveKeys keys in the live state table
     * @param differences keys whose value or version differ, or that exist on one side only (first 20)
     */
    record Result(long blocks, long validTransactions, long replayedKeys, long liveKeys, List<String> differences) {
        boolean matches() {
            return differences.isEmpty() && replayedKeys == liveKeys;
        }
    }

    Replay(String namespace) {
        this.namespace = namespace;
    }

    Result run(Connection connection) throws SQLException {
        connection.setAutoCommit(false);
        NavigableMap<String, VersionedValue> rebuilt = new TreeMap<>(KeyOrder.CODE_POINTS);
        long[] counts = new long[2];
        try (PreparedStatement statement =
                connection.prepareStatement("select number, block from blocks order by number")) {
            statement.setFetchSize(64);
            try (ResultSet rows = statement.executeQuery()) {
                long expected = 0;
                while (rows.next()) {
                    if (rows.getLong(1) != expected) {
                        throw new IllegalStateException("block " + expected + " missing; found " + rows.getLong(1));
                    }
                    counts[1] += apply(parse(rows.getBytes(2)), rebuilt);
                    counts[0]++;
                    expected++;
                }
            }
        }
        writeScratch(connection, rebuilt);
        List<String> differences = compare(connection);
        long live = count(connection, "select count(*) from state");
        connection.rollback();
        return new Result(counts[0], counts[1], rebuilt.size(), live, differences);
    }

    private static Block parse(byte[] bytes) {
        try {
            return Block.parseFrom(bytes);
        } catch (InvalidProtocolBufferException e) {
            throw new IllegalStateException("stored block is not a common.Block", e);
        }
    }

    private int apply(Block block, NavigableMap<String, VersionedValue> rebuilt) {
        long number = block.getHeader().getNumber();
        if (number == 0) {
            return 0;
        }
        ByteString flags = block.getMetadata().getMetadata(BlockMetadataIndex.TRANSACTIONS_FILTER_VALUE);
        List<ByteString> envelopes = block.getData().getDataList();
        int applied = 0;
        for (int tx = 0; tx < envelopes.size(); tx++) {
            if ((flags.byteAt(tx) & 0xff) != TxValidationCode.VALID_VALUE) {
                continue;
            }
            ParsedTransaction transaction = ParsedTransaction.parse(envelopes.get(tx), namespace);
            for (KVWrite write : transaction.readWriteSet().getWritesList()) {
                if (write.getIsDelete()) {
                    rebuilt.remove(write.getKey());
                } else {
                    rebuilt.put(
                            write.getKey(), new VersionedValue(write.getValue().toByteArray(), number, tx));
                }
            }
            applied++;
        }
        return applied;
    }

    private static void writeScratch(Connection connection, Map<String, VersionedValue> rebuilt) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("create temporary table replay_state (key bytea primary key, value bytea not null,"
                    + " block_num bigint not null, tx_num integer not null) on commit drop");
        }
        try (PreparedStatement insert = connection.prepareStatement("insert into replay_state values (?, ?, ?, ?)")) {
            int pending = 0;
            for (Map.Entry<String, VersionedValue> entry : rebuilt.entrySet()) {
                insert.setBytes(1, entry.getKey().getBytes(StandardCharsets.UTF_8));
                insert.setBytes(2, entry.getValue().value());
                insert.setLong(3, entry.getValue().blockNumber());
                insert.setInt(4, entry.getValue().txNumber());
                insert.addBatch();
                if (++pending == 1000) {
                    insert.executeBatch();
                    pending = 0;
                }
            }
            insert.executeBatch();
        }
    }

    private static List<String> compare(Connection connection) throws SQLException {
        String sql = "select key from ((select * from replay_state except select * from state)"
                + " union (select * from state except select * from replay_state)) d order by key limit 20";
        List<String> differences = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                differences.add(new String(rows.getBytes(1), StandardCharsets.UTF_8).replace('\u0000', '/'));
            }
        }
        return differences;
    }

    private static long count(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
