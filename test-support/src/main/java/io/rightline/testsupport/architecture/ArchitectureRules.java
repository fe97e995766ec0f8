package io.rightline.testsupport.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;
import java.io.File;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.FileReader;
import java.io.FileWriter;
import java.io.RandomAccessFile;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Random;
import java.util.UUID;

/**
 * The module boundaries of DESIGN.md as ArchUnit rules, shared so every module checks the same ones.
 *
 * <p>Maven already stops a module from compiling against a module it does not depend on; these rules
 * cover what Maven cannot see: package cycles inside a module, which libraries a module may touch,
 * and the determinism of the chaincode.
 *
 * <pre>{@code
 * @Test
 * void has_no_package_cycles() {
 *     ArchitectureRules.noPackageCycles("io.rightline.tax").check(ArchitectureRules.productionClasses("io.rightline.tax"));
 * }
 * }</pre>
 */
public final class ArchitectureRules {
    /** The fabric-gateway client API; only ledger-gateway may use it. */
    public static final String FABRIC_CLIENT_PACKAGE = "org.hyperledger.fabric.client..";

    /** Packages of ledger-gateway that hold backend implementations, not API. */
    public static final String LEDGER_BACKEND_PACKAGES = "io.rightline.ledger.embedded..";

    private ArchitectureRules() {}

    /** Imports the production classes (no tests, no jars) below {@code rootPackage}. */
    public static JavaClasses productionClasses(String rootPackage) {
        return new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
                .importPackages(rootPackage);
    }

    /** Feature packages directly below {@code rootPackage} must not depend on each other in a cycle. */
    public static ArchRule noPackageCycles(String rootPackage) {
        return slices().matching(rootPackage + ".(*)..").should().beFreeOfCycles();
    }

    /** Only ledger-gateway talks to Fabric through the fabric-gateway client. */
    public static ArchRule noFabricClientOutsideLedgerGateway() {
        return noClasses()
                .that()
                .resideOutsideOfPackage("io.rightline.ledger..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage(FABRIC_CLIENT_PACKAGE)
                .allowEmptyShould(true)
                .because("ledger-gateway is the one door to the ledger");
    }

    /** Other modules use the ledger through its API package, never a backend's internals. */
    public static ArchRule noAccessToLedgerBackends() {
        return noClasses()
                .that()
                .resideOutsideOfPackage("io.rightline.ledger..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage(LEDGER_BACKEND_PACKAGES)
                .allowEmptyShould(true)
                .because("backends are chosen by configuration behind the Ledger interface");
    }

    /** Classes below {@code rootPackage} depend only on the JDK and on the listed packages. */
    public static ArchRule dependsOnlyOn(String rootPackage, String... allowedPackages) {
        String[] allowed = new String[allowedPackages.length + 3];
        allowed[0] = "java..";
        allowed[1] = rootPackage + "..";
        allowed[2] = "";
        System.arraycopy(allowedPackages, 0, allowed, 3, allowedPackages.length);
        return classes()
                .that()
                .resideInAPackage(rootPackage + "..")
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage(allowed);
    }

    /**
     * Chaincode must give the same result on every peer: no wall clock, no randomness, no I/O. The
     * transaction timestamp and id from the stub are the only sources of time and uniqueness.
     */
    public static ArchRule chaincodeIsDeterministic(String rootPackage) {
        return noClasses()
                .that()
                .resideInAPackage(rootPackage + "..")
                .should()
                .callMethod(Instant.class, "now")
                .orShould()
                .callMethod(System.class, "currentTimeMillis")
                .orShould()
                .callMethod(System.class, "nanoTime")
                .orShould()
                .callMethod(LocalDate.class, "now")
                .orShould()
                .callMethod(LocalDateTime.class, "now")
                .orShould()
                .callMethod(OffsetDateTime.class, "now")
                .orShould()
                .callMethod(ZonedDateTime.class, "now")
                .orShould()
                .callMethod(UUID.class, "randomUUID")
                .orShould()
                .dependOnClassesThat()
                .areAssignableTo(Clock.class)
                .orShould()
                .dependOnClassesThat()
                .areAssignableTo(Random.class)
                .orShould()
                .dependOnClassesThat()
                .areAssignableTo(SecureRandom.class)
                .orShould()
                .dependOnClassesThat()
                .resideInAnyPackage("java.nio.file..", "java.net..", "java.sql..", "java.nio.channels..")
                .orShould()
                .dependOnClassesThat()
                .belongToAnyOf(
                        File.class,
                        FileInputStream.class,
                        FileOutputStream.class,
                        FileReader.class,
                        FileWriter.class,
                        RandomAccessFile.class,
                        ProcessBuilder.class,
                        Thread.class)
                .because("chaincode runs on every endorsing peer and must reach the same result");
    }

    /** Logging goes through SLF4J; nothing writes to standard streams. */
    public static ArchRule noStandardStreams() {
        return GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS;
    }

    /** Command-line entry points may print; everything else logs. */
    public static ArchRule noStandardStreamsExceptCommands() {
        return noClasses()
                .that()
                .haveSimpleNameNotEndingWith("Command")
                .should(GeneralCodingRules.ACCESS_STANDARD_STREAMS);
    }
}
