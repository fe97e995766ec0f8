package io.rightline.chaincode;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.hyperledger.fabric.contract.metadata.MetadataBuilder;
import org.hyperledger.fabric.contract.routing.ContractDefinition;
import org.hyperledger.fabric.contract.routing.TxFunction;
import org.hyperledger.fabric.contract.routing.TypeRegistry;
import org.hyperledger.fabric.contract.routing.impl.RoutingRegistryImpl;
import org.junit.jupiter.api.Test;

/** The contract runtime discovers every contract and transaction the way the deployed chaincode does. */
class ContractRoutingTest {

    @Test
    void fabric_contract_runtime_finds_all_contracts_and_their_transactions() {
        RoutingRegistryImpl registry = new RoutingRegistryImpl();
        TypeRegistry types = TypeRegistry.getRegistry();
        registry.findAndSetContracts(types);
        MetadataBuilder.initialize(registry, types);
        MetadataBuilder.validate();

        Map<String, java.util.Set<String>> transactions = new TreeMap<>();
        for (ContractDefinition contract : registry.getAllDefinitions()) {
            transactions.put(
                    contract.getName(),
                    contract.getTxFunctions().stream().map(TxFunction::getName).collect(Collectors.toSet()));
        }

        assertThat(transactions).containsKeys("parties", "works", "licences", "auctions", "splits", "anchors", "nfts");
        assertThat(transactions.get("works")).contains("registerWork", "transferShare", "getWork", "findByFingerprint");
        assertThat(transactions.get("licences"))
                .contains("grantLicence", "revokeLicence", "licencesOfWork", "isLicensed");
        assertThat(transactions.get("auctions")).contains("openAuction", "commitBid", "revealBid", "closeAuction");
        assertThat(transactions.get("splits")).contains("proposeSplit", "approveSplit", "ruleInForce");
        assertThat(transactions.get("anchors")).contains("recordAnchor", "getAnchor", "latestAnchor");
        assertThat(transactions.get("nfts")).contains("setEditionCap", "linkEdition", "editionsOfWork");
        assertThat(MetadataBuilder.getMetadata()).contains("\"name\":\"registerWork\"");
    }
}
