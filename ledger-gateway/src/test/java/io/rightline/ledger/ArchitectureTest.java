package io.rightline.ledger;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class ArchitectureTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.rightline.ledger");

    @Test
    void embedded_backend_exposes_only_its_factory_configuration_and_replay_command() {
        classes()
                .that()
                .resideInAPackage("io.rightline.ledger.embedded")
                .and()
                .haveSimpleNameNotStartingWith("EmbeddedLedgers")
                .and()
                .haveSimpleNameNotStartingWith("EmbeddedLedgerConfig")
                .and()
                .haveSimpleNameNotStartingWith("ReplayCommand")
                .should()
                .notHaveModifier(JavaModifier.PUBLIC)
                .check(CLASSES);
    }

    @Test
    void public_api_depends_on_no_backend_but_through_the_factory() {
        noClasses()
                .that()
                .resideInAPackage("io.rightline.ledger")
                .and()
                .doNotHaveSimpleName("Ledgers")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("io.rightline.ledger.embedded..")
                .check(CLASSES);
    }

    @Test
    void public_api_exposes_no_fabric_types() {
        noClasses()
                .that()
                .resideInAPackage("io.rightline.ledger")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.hyperledger..")
                .check(CLASSES);
    }
}
