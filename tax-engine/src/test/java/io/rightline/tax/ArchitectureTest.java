package io.rightline.tax;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The module is a pure JDK library with feature packages that do not form cycles. */
class ArchitectureTest {
    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.rightline.tax");

    @Nested
    class Dependencies {
        @Test
        void main_code_uses_nothing_but_the_jdk() {
            classes()
                    .should()
                    .onlyDependOnClassesThat()
                    .resideInAnyPackage("io.rightline.tax..", "java..", "javax.xml..", "org.w3c.dom..", "org.xml.sax..")
                    .check(MAIN);
        }

        @Test
        void feature_packages_are_free_of_cycles() {
            slices().matching("io.rightline.tax.(*)..")
                    .should()
                    .beFreeOfCycles()
                    .check(MAIN);
        }

        @Test
        void the_shared_kernel_depends_on_no_feature() {
            classes()
                    .that()
                    .resideInAPackage("io.rightline.tax")
                    .should()
                    .onlyDependOnClassesThat()
                    .resideInAnyPackage("io.rightline.tax", "java..")
                    .check(MAIN);
        }
    }
}
