package io.rightline.ledger.embedded;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.hyperledger.fabric.contract.ContractRouter;
import org.hyperledger.fabric.contract.metadata.MetadataBuilder;
import org.hyperledger.fabric.contract.routing.ContractDefinition;
import org.hyperledger.fabric.contract.routing.RoutingRegistry;
import org.hyperledger.fabric.contract.routing.TxFunction;
import org.hyperledger.fabric.contract.routing.TypeRegistry;
import org.hyperledger.fabric.shim.Chaincode.Response;
import org.hyperledger.fabric.shim.ChaincodeStub;

/**
 * The chaincode on the classpath behind the shim's own contract routing ({@link ContractRouter}): the same code path a
 * Fabric peer drives through the chaincode server, minus the gRPC stream.
 */
final class ContractEngine {
    /** Strong references: java.util.logging forgets loggers nobody holds. */
    private static final Logger FABRIC_LOGGER = Logger.getLogger("org.hyperledger");

    /**
     * The shim logs every chaincode refusal (an expected business outcome) with its stack trace at SEVERE through
     * unregistered child loggers of this one; the ledger reports refusals itself, with tx id and error code.
     */
    private static final Logger SHIM_LOGGER = Logger.getLogger("org.hyperledger.fabric");

    private final ContractRouter router;
    private Map<String, Integer> parameterCounts = Map.of();

    ContractEngine(String chaincodeName) {
        router = new ContractRouter(new String[] {"--id", chaincodeName});
        // The shim logs every invocation at INFO and every refusal at SEVERE; the ledger reports both itself.
        FABRIC_LOGGER.setLevel(Level.WARNING);
        SHIM_LOGGER.setLevel(Level.OFF);
        Logger.getLogger(ContractRouter.class.getPackageName()).setLevel(Level.WARNING);
        findAllContracts();
    }

    private void findAllContracts() {
        try {
            // What ContractRouter.main does before serving: scan for contracts, then build the metadata once.
            invokeHidden("findAllContracts");
            RoutingRegistry registry = (RoutingRegistry) invokeHidden("getRoutingRegistry");
            MetadataBuilder.initialize(registry, (TypeRegistry) invokeHidden("getTypeRegistry"));
            parameterCounts = routes(registry);
        } catch (NoSuchMethodException | IllegalAccessException e) {
            throw new IllegalStateException("this fabric-chaincode-shim has no contract scanner", e);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("contract scan failed", e.getCause());
        }
    }

    /** Transactions as this router routes them: {@code contract:function} to the number of parameters. */
    private static Map<String, Integer> routes(RoutingRegistry registry) {
        Map<String, Integer> counts = new HashMap<>();
        for (ContractDefinition contract : registry.getAllDefinitions()) {
            for (TxFunction function : contract.getTxFunctions()) {
                counts.put(
                        contract.getName() + ":" + function.getName(),
                        function.getParamsList().size());
            }
        }
        return Map.copyOf(counts);
    }

    private Object invokeHidden(String name)
            throws NoSuchMethodException, IllegalAccessException, InvocationTargetException {
        Method method = ContractRouter.class.getDeclaredMethod(name);
        method.setAccessible(true);
        return method.invoke(router);
    }

    /** Runs one transaction through the contract router. */
    Response invoke(ChaincodeStub stub) {
        return router.invoke(stub);
    }

    /** Number of parameters of {@code contract:function}, empty if no such transaction. */
    Optional<Integer> parameterCount(String transaction) {
        return Optional.ofNullable(parameterCounts.get(transaction));
    }

    Map<String, Integer> transactions() {
        return parameterCounts;
    }
}
