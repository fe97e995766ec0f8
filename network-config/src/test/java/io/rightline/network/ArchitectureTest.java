package io.rightline.network;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * network-config sits below every other module (test-support depends on it), so it checks its
 * boundaries with ArchUnit directly rather than through test-support's shared rules.
 */
class ArchitectureTest {
    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
            .importPackages("io.rightline.network");

    @Test
    void feature_packages_are_free_of_cycles() {
        slices().matching("io.rightline.network.(*)..")
                .should()
                .beFreeOfCycles()
                .check(MAIN);
    }

    @Test
    void depends_on_nothing_but_the_jdk_and_bouncy_castle() {
        classes()
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage("io.rightline.network..", "java..", "javax..", "org.bouncycastle..")
                .because("network-config describes networks; it runs no ledger and no Fabric client")
                .check(MAIN);
    }
}
