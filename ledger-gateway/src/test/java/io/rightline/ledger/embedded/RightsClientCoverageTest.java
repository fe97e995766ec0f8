package io.rightline.ledger.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import io.rightline.ledger.BlockEvent;
import io.rightline.ledger.ChaincodeEvent;
import io.rightline.ledger.Committed;
import io.rightline.ledger.EventStream;
import io.rightline.ledger.Ledger;
import io.rightline.ledger.Membership;
import io.rightline.ledger.RightsClient;
import io.rightline.ledger.TransactionRecord;
import io.rightline.network.identity.Identity;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** The typed client covers every transaction of the rights chaincode, with the chaincode's arity. */
class RightsClientCoverageTest {
    private static final List<String> RIGHTS_CONTRACTS =
            List.of("parties", "works", "licences", "auctions", "splits", "anchors", "nfts");

    @Test
    void every_chaincode_transaction_has_one_typed_method_with_the_same_arity() throws Exception {
        Map<String, Integer> chaincode = new TreeMap<>();
        chaincodeTransactions().forEach((name, arity) -> {
            if (RIGHTS_CONTRACTS.contains(name.substring(0, name.indexOf(':')))) {
                chaincode.put(name, arity);
            }
        });

        Map<String, Integer> client = clientTransactions();

        assertThat(chaincode).isNotEmpty();
        assertThat(client).isEqualTo(chaincode);
    }

    private static Map<String, Integer> chaincodeTransactions() {
        return new ContractEngine("rightline").transactions();
    }

    private static Map<String, Integer> clientTransactions() throws IllegalAccessException {
        RecordingLedger ledger = new RecordingLedger();
        RightsClient client = new RightsClient(ledger);
        Map<String, Integer> calls = new TreeMap<>();
        for (Method method : RightsClient.class.getDeclaredMethods()) {
            if (!Modifier.isPublic(method.getModifiers())) {
                continue;
            }
            Object[] arguments = new Object[method.getParameterCount()];
            for (int i = 1; i < arguments.length; i++) {
                arguments[i] = method.getParameterTypes()[i] == int.class ? 1 : "x";
            }
            try {
                method.invoke(client, arguments);
            } catch (InvocationTargetException e) {
                throw new AssertionError(method.getName(), e.getCause());
            }
            assertThat(calls.put(ledger.transaction, ledger.arity))
                    .as("two methods call %s", ledger.transaction)
                    .isNull();
        }
        return calls;
    }

    /** Records the last call; nothing else of a ledger is used by the client. */
    private static final class RecordingLedger implements Ledger {
        private String transaction;
        private int arity;

        @Override
        public Committed submit(Identity caller, String name, String... arguments) {
            transaction = name;
            arity = arguments.length;
            return new Committed("tx", 1, new byte[0]);
        }

        @Override
        public CompletableFuture<Committed> submitAsync(Identity caller, String name, List<String> arguments) {
            throw new UnsupportedOperationException();
        }

        @Override
        public String evaluate(Identity caller, String name, String... arguments) {
            transaction = name;
            arity = arguments.length;
            return "{}";
        }

        @Override
        public EventStream<ChaincodeEvent> chaincodeEvents(long fromBlock) {
            throw new UnsupportedOperationException();
        }

        @Override
        public EventStream<ChaincodeEvent> chaincodeEvents(String consumerId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public EventStream<BlockEvent> blockEvents(long fromBlock) {
            throw new UnsupportedOperationException();
        }

        @Override
        public EventStream<BlockEvent> blockEvents(String consumerId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public long height() {
            return 0;
        }

        @Override
        public Optional<TransactionRecord> transaction(String txId) {
            return Optional.empty();
        }

        @Override
        public Membership membership() {
            throw new UnsupportedOperationException();
        }

        @Override
        public void close() {}
    }
}
