package io.rightline.network.fabric;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The channel template and the generated material must agree on every path and MSP id. */
class ConfigtxTemplateTest {

    private static final Path TEMPLATE = Path.of("fabric", "configtx.yaml");
    private static final Pattern CRYPTO_PATH = Pattern.compile("\\.\\./crypto/[\\w./-]+");

    @TempDir
    Path networkDirectory;

    private static String template() throws IOException {
        return Files.readString(TEMPLATE);
    }

    @Nested
    class Paths {

        @Test
        void every_material_path_in_the_template_exists_after_generating_bft_material() throws IOException {
            new NetworkMaterial(new NetworkLayout(networkDirectory)).write(NetworkMaterial.BFT_ORDERERS);
            // configtxgen resolves relative paths against the rendered file in <network>/config.
            Path configDirectory = networkDirectory.resolve("config");

            List<String> paths = cryptoPaths();

            // four MSPs, four orderers' enrollment and TLS certificates
            assertThat(paths).hasSize(12);
            assertThat(paths)
                    .allSatisfy(path -> assertThat(configDirectory.resolve(path).normalize())
                            .exists());
        }

        @Test
        void every_organisation_msp_is_referenced_by_its_msp_id() throws IOException {
            String template = template();

            for (NetworkOrganization organization : NetworkOrganization.values()) {
                assertThat(template)
                        .contains("ID: " + organization.mspId())
                        .contains("MSPDir: ../crypto/" + organization.directoryName() + "/msp");
            }
        }
    }

    @Nested
    class Policies {

        @Test
        void requires_a_majority_of_organisations_for_endorsement_and_lifecycle() throws IOException {
            String template = template();

            assertThat(template)
                    .containsPattern("LifecycleEndorsement:\\s+Type: ImplicitMeta\\s+Rule: \"MAJORITY Endorsement\"")
                    .containsPattern("\\n    Endorsement:\\s+Type: ImplicitMeta\\s+Rule: \"MAJORITY Endorsement\"");
        }

        @Test
        void endorses_only_with_peer_identities_of_each_organisation() throws IOException {
            String template = template();

            for (NetworkOrganization organization : NetworkOrganization.values()) {
                if (!organization.isOrderer()) {
                    assertThat(template).contains("Rule: \"OR('" + organization.mspId() + ".peer')\"");
                }
            }
        }

        @Test
        void enables_v3_channel_and_v2_5_application_capabilities() throws IOException {
            assertThat(template())
                    .containsPattern("Channel: &ChannelCapabilities\\s+V3_0: true")
                    .containsPattern("Application: &ApplicationCapabilities\\s+V2_5: true");
        }
    }

    private static List<String> cryptoPaths() throws IOException {
        String settings = template()
                .lines()
                .filter(line -> !line.stripLeading().startsWith("#"))
                .collect(java.util.stream.Collectors.joining("\n"));
        Matcher matcher = CRYPTO_PATH.matcher(settings);
        return matcher.results().map(result -> result.group()).distinct().toList();
    }
}
