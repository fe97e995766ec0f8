package io.rightline.chaincode;

import com.tngtech.archunit.core.domain.JavaClasses;
import io.rightline.testsupport.architecture.ArchitectureRules;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

    private static final String ROOT = "io.rightline.chaincode";
    private static final JavaClasses CLASSES = ArchitectureRules.productionClasses(ROOT);

    @Test
    void chaincode_is_deterministic() {
        ArchitectureRules.chaincodeIsDeterministic(ROOT).check(CLASSES);
    }

    @Test
    void aggregates_have_no_package_cycles() {
        ArchitectureRules.noPackageCycles(ROOT).check(CLASSES);
    }

    @Test
    void depends_only_on_the_shim_protos_and_jackson() {
        ArchitectureRules.dependsOnlyOn(ROOT, "org.hyperledger.fabric..", "com.fasterxml.jackson..")
                .check(CLASSES);
    }

    @Test
    void nothing_writes_to_standard_streams() {
        ArchitectureRules.noStandardStreams().check(CLASSES);
    }
}
