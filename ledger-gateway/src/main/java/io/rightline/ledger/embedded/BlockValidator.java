package io.rightline.ledger.embedded;

import com.google.protobuf.ByteString;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import org.hyperledger.fabric.protos.ledger.rwset.kvrwset.KVRWSet;
import org.hyperledger.fabric.protos.ledger.rwset.kvrwset.KVRead;
import org.hyperledger.fabric.protos.ledger.rwset.kvrwset.KVWrite;
import org.hyperledger.fabric.protos.ledger.rwset.kvrwset.RangeQueryInfo;
import org.hyperledger.fabric.protos.peer.Endorsement;
import org.hyperledger.fabric.protos.peer.TxValidationCode;

/**
 * Fabric's committer-side validation of one block: per transaction (in parallel) the tx id binding, the creator's
 * certificate chain and signature, and the endorsement policy over verified endorsements; then (in block order)
 * duplicate tx ids and MVCC: every read version and every range query must still match the state including the writes
 * of earlier valid transactions of the same block.
 */
final class BlockValidator {
    private final IdentityRegistry identities;
    private final Predicate<Set<String>> policy;
    private final ForkJoinPool pool;

    /**
     * Result of validating a block.
     *
     * @param codes one validation code per transaction
     * @param updates the writes of valid transactions (null value = delete), keyed in Fabric key order
     */
    record Outcome(List<TxValidationCode> codes, NavigableMap<String, VersionedValue> updates) {}

    BlockValidator(IdentityRegistry identities, Predicate<Set<String>> policy, ForkJoinPool pool) {
        this.identities = identities;
        this.policy = policy;
        this.pool = pool;
    }

    Outcome validate(long blockNumber, List<ParsedTransaction> transactions, Set<String> knownTxIds, WorldState state) {
        List<TxValidationCode> codes = checkSignatures(transactions);
        NavigableMap<String, VersionedValue> updates = new TreeMap<>(KeyOrder.CODE_POINTS);
        Set<String> seen = new HashSet<>(knownTxIds);
        List<TxValidationCode> result = new ArrayList<>(codes.size());
        for (int txNumber = 0; txNumber < transactions.size(); txNumber++) {
            ParsedTransaction transaction = transactions.get(txNumber);
            TxValidationCode code = codes.get(txNumber);
            if (code == TxValidationCode.VALID && !seen.add(transaction.txId())) {
                code = TxValidationCode.DUPLICATE_TXID;
            }
            if (code == TxValidationCode.VALID) {
                code = checkVersions(transaction.readWriteSet(), updates, state);
            }
            if (code == TxValidationCode.VALID) {
                for (KVWrite write : transaction.readWriteSet().getWritesList()) {
                    byte[] value = write.getIsDelete() ? null : write.getValue().toByteArray();
                    updates.put(write.getKey(), new VersionedValue(value, blockNumber, txNumber));
                }
            }
            result.add(code);
        }
        return new Outcome(result, updates);
    }

    private List<TxValidationCode> checkSignatures(List<ParsedTransaction> transactions) {
        try {
            return pool.submit(() -> IntStream.range(0, transactions.size())
                            .parallel()
                            .mapToObj(i -> checkSignatures(transactions.get(i)))
                            .toList())
                    .get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("validation interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("validation failed", e.getCause());
        }
    }

    /** Structural and signature checks of one transaction; independent of other transactions. */
    TxValidationCode checkSignatures(ParsedTransaction transaction) {
        if (transaction.malformed() != null) {
            return transaction.malformed();
        }
        if (!FabricWire.transactionId(transaction.nonce().toByteArray(), transaction.creator())
                .equals(transaction.txId())) {
            return TxValidationCode.BAD_PROPOSAL_TXID;
        }
        IdentityRegistry.Resolved creator = identities.resolve(transaction.creator());
        if (!creator.trusted()
                || !IdentityRegistry.verify(
                        creator.publicKey(),
                        transaction.signedPayload().toByteArray(),
                        transaction.signature().toByteArray())) {
            return TxValidationCode.BAD_CREATOR_SIGNATURE;
        }
        return policy.test(endorsingOrganisations(transaction))
                ? TxValidationCode.VALID
                : TxValidationCode.ENDORSEMENT_POLICY_FAILURE;
    }

    private Set<String> endorsingOrganisations(ParsedTransaction transaction) {
        Set<String> organisations = new HashSet<>();
        byte[] payload = transaction.proposalResponsePayload().toByteArray();
        for (Endorsement endorsement : transaction.endorsements()) {
            IdentityRegistry.Resolved endorser = identities.resolve(endorsement.getEndorser());
            if (!endorser.trusted() || !endorser.peer()) {
                continue;
            }
            ByteString signed = ByteString.copyFrom(payload).concat(endorsement.getEndorser());
            if (IdentityRegistry.verify(
                    endorser.publicKey(),
                    signed.toByteArray(),
                    endorsement.getSignature().toByteArray())) {
                organisations.add(endorser.mspId());
            }
        }
        return organisations;
    }

    private static TxValidationCode checkVersions(
            KVRWSet set, NavigableMap<String, VersionedValue> updates, WorldState state) {
        for (KVRead read : set.getReadsList()) {
            VersionedValue current = current(read.getKey(), updates, state);
            if (!matches(read, current)) {
                return TxValidationCode.MVCC_READ_CONFLICT;
            }
        }
        for (RangeQueryInfo range : set.getRangeQueriesInfoList()) {
            if (!rangeUnchanged(range, updates, state)) {
                return TxValidationCode.PHANTOM_READ_CONFLICT;
            }
        }
        return TxValidationCode.VALID;
    }

    private static VersionedValue current(String key, Map<String, VersionedValue> updates, WorldState state) {
        VersionedValue pending = updates.get(key);
        if (pending != null) {
            return pending.value() == null ? null : pending;
        }
        return state.get(key);
    }

    private static boolean matches(KVRead read, VersionedValue current) {
        if (!read.hasVersion()) {
            return current == null;
        }
        return current != null
                && current.sameVersion(
                        read.getVersion().getBlockNum(), (int) read.getVersion().getTxNum());
    }

    private static boolean rangeUnchanged(
            RangeQueryInfo range, NavigableMap<String, VersionedValue> updates, WorldState state) {
        NavigableMap<String, VersionedValue> merged = new TreeMap<>(KeyOrder.CODE_POINTS);
        for (Map.Entry<String, VersionedValue> entry : state.range(range.getStartKey(), range.getEndKey())) {
            merged.put(entry.getKey(), entry.getValue());
        }
        NavigableMap<String, VersionedValue> pending = range.getEndKey().isEmpty()
                ? updates.tailMap(range.getStartKey(), true)
                : KeyOrder.compare(range.getStartKey(), range.getEndKey()) >= 0
                        ? new TreeMap<>()
                        : updates.subMap(range.getStartKey(), true, range.getEndKey(), false);
        pending.forEach((key, value) -> {
            if (value.value() == null) {
                merged.remove(key);
            } else {
                merged.put(key, value);
            }
        });
        List<KVRead> recorded = range.getRawReads().getKvReadsList();
        if (recorded.size() != merged.size()) {
            return false;
        }
        int i = 0;
        for (Map.Entry<String, VersionedValue> entry : merged.entrySet()) {
            KVRead read = recorded.get(i++);
            if (!read.getKey().equals(entry.getKey()) || !matches(read, entry.getValue())) {
                return false;
            }
        }
        return true;
    }
}
