package io.rightline.network.fabric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NetworkMaterialTest {

    private static final String FABRIC_CA_ATTRIBUTES_OID = "1.2.3.4.5.6.7.8.1";

    @TempDir
    Path networkDirectory;

    private NetworkLayout layout() {
        return new NetworkLayout(networkDirectory);
    }

    private MaterialReport write(int orderers) {
        return new NetworkMaterial(layout()).write(orderers);
    }

    @Nested
    class Write {

        @Test
        void writes_a_verifying_msp_with_node_ous_for_every_organisation() throws Exception {
            write(NetworkMaterial.RAFT_ORDERERS);

            for (NetworkOrganization organization : NetworkOrganization.values()) {
                Path msp = layout().organizationMspDirectory(organization);
                X509Certificate ca = certificate(msp.resolve("cacerts/ca.pem"));
                X509Certificate tlsCa = certificate(msp.resolve("tlscacerts/tlsca.pem"));
                assertThat(ca.getBasicConstraints()).isGreaterThanOrEqualTo(0);
                assertThat(tlsCa.getBasicConstraints()).isGreaterThanOrEqualTo(0);
                assertThat(ca.getPublicKey()).isNotEqualTo(tlsCa.getPublicKey());
                assertThat(Files.readString(msp.resolve("config.yaml")))
                        .contains("Enable: true")
                        .contains("OrganizationalUnitIdentifier: client")
                        .contains("OrganizationalUnitIdentifier: peer")
                        .contains("OrganizationalUnitIdentifier: admin")
                        .contains("OrganizationalUnitIdentifier: orderer")
                        .contains("Certificate: cacerts/ca.pem");
                assertThat(msp.resolve("keystore")).doesNotExist();
            }
        }

        @Test
        void issues_peer_admin_and_client_identities_signed_by_the_organisation_ca() throws Exception {
            write(NetworkMaterial.RAFT_ORDERERS);

            NetworkOrganization platform = NetworkOrganization.PLATFORM;
            X509Certificate ca =
                    certificate(layout().organizationMspDirectory(platform).resolve("cacerts/ca.pem"));
            assertSignedLocalMsp(layout().nodeDirectory(platform, "peer0").resolve("msp"), ca, "peer");
            assertSignedLocalMsp(layout().userDirectory(platform, "Admin").resolve("msp"), ca, "admin");
            assertSignedLocalMsp(layout().userDirectory(platform, "client").resolve("msp"), ca, "client");
        }

        @Test
        void binds_each_client_to_its_organisation_party_and_role() throws Exception {
            write(NetworkMaterial.RAFT_ORDERERS);

            Map<NetworkOrganization, String> roles = Map.of(
                    NetworkOrganization.PLATFORM, "platform",
                    NetworkOrganization.DISTRIBUTOR, "distributor",
                    NetworkOrganization.AUDITOR, "auditor");
            for (Map.Entry<NetworkOrganization, String> role : roles.entrySet()) {
                Path certificate =
                        layout().userDirectory(role.getKey(), "client").resolve("msp/signcerts/cert.pem");
                byte[] extension = certificate(certificate).getExtensionValue(FABRIC_CA_ATTRIBUTES_OID);
                assertThat(extension)
                        .as("attribute extension of %s", role.getKey())
                        .isNotNull();
                assertThat(new String(extension, StandardCharsets.ISO_8859_1))
                        .contains("\"rightline.role\":\"" + role.getValue() + "\"")
                        .contains("\"rightline.party\":\"" + role.getKey().directoryName() + "\"");
            }
            Path admin = layout().userDirectory(NetworkOrganization.PLATFORM, "Admin")
                    .resolve("msp/signcerts/cert.pem");
            assertThat(certificate(admin).getExtensionValue(FABRIC_CA_ATTRIBUTES_OID))
                    .isNull();
        }

        @Test
        void issues_tls_server_material_for_peers_and_orderers_with_loopback_names() throws Exception {
            write(NetworkMaterial.RAFT_ORDERERS);

            assertTlsServer(
                    NetworkOrganization.PLATFORM, layout().nodeDirectory(NetworkOrganization.PLATFORM, "peer0"));
            assertTlsServer(
                    NetworkOrganization.ORDERER, layout().nodeDirectory(NetworkOrganization.ORDERER, "orderer0"));
            assertThat(layout().nodeDirectory(NetworkOrganization.ORDERER, "orderer1"))
                    .doesNotExist();
        }

        @Test
        void gives_the_orderer_admin_a_tls_client_certificate_for_channel_participation() throws Exception {
            write(NetworkMaterial.RAFT_ORDERERS);

            Path tls =
                    layout().userDirectory(NetworkOrganization.ORDERER, "Admin").resolve("tls");
            X509Certificate tlsCa = certificate(tls.resolve("ca.crt"));
            X509Certificate client = certificate(tls.resolve("client.crt"));
            client.verify(tlsCa.getPublicKey());
            assertThat(Files.readString(tls.resolve("client.key"))).contains("PRIVATE KEY");
        }

        @Test
        void writes_four_orderers_for_bft() throws Exception {
            write(NetworkMaterial.BFT_ORDERERS);

            X509Certificate ca = certificate(layout().organizationMspDirectory(NetworkOrganization.ORDERER)
                    .resolve("cacerts/ca.pem"));
            for (int index = 0; index < 4; index++) {
                Path node = layout().nodeDirectory(NetworkOrganization.ORDERER, "orderer" + index);
                assertSignedLocalMsp(node.resolve("msp"), ca, "orderer");
                assertThat(node.resolve("tls/server.crt")).isRegularFile();
            }
        }

        @Test
        void rejects_an_orderer_count_other_than_one_or_four() {
            assertThatThrownBy(() -> write(2))
                    .isInstanceOfSatisfying(
                            NetworkMaterialException.class,
                            e -> assertThat(e.code()).isEqualTo(NetworkMaterialException.Code.INVALID_ORDERER_COUNT));
            assertThat(layout().cryptoDirectory()).doesNotExist();
        }
    }

    @Nested
    class Rerun {

        @Test
        void keeps_existing_cas_and_identities() throws Exception {
            MaterialReport first = write(NetworkMaterial.RAFT_ORDERERS);
            Path caFile = layout().organizationMspDirectory(NetworkOrganization.DISTRIBUTOR)
                    .resolve("cacerts/ca.pem");
            Path peerCertificates = layout().nodeDirectory(NetworkOrganization.DISTRIBUTOR, "peer0")
                    .resolve("msp/signcerts");
            String caBefore = Files.readString(caFile);
            List<String> peerBefore = contents(peerCertificates);

            MaterialReport second = write(NetworkMaterial.RAFT_ORDERERS);

            assertThat(first.createdAuthorities()).hasSize(8);
            assertThat(first.createdIdentities()).hasSize(11);
            assertThat(second.createdAuthorities()).isEmpty();
            assertThat(second.createdIdentities()).isEmpty();
            assertThat(second.keptIdentities()).hasSize(11);
            assertThat(Files.readString(caFile)).isEqualTo(caBefore);
            assertThat(contents(peerCertificates)).isEqualTo(peerBefore);
        }

        @Test
        void adds_bft_orderers_without_replacing_the_orderer_ca() throws Exception {
            write(NetworkMaterial.RAFT_ORDERERS);
            Path caFile = layout().organizationMspDirectory(NetworkOrganization.ORDERER)
                    .resolve("cacerts/ca.pem");
            String caBefore = Files.readString(caFile);

            MaterialReport second = write(NetworkMaterial.BFT_ORDERERS);

            assertThat(second.createdAuthorities()).isEmpty();
            assertThat(second.createdIdentities())
                    .hasSize(3)
                    .allSatisfy(path -> assertThat(path).matches(".*orderer[123]$"));
            assertThat(Files.readString(caFile)).isEqualTo(caBefore);
            X509Certificate ca = certificate(caFile);
            assertSignedLocalMsp(
                    layout().nodeDirectory(NetworkOrganization.ORDERER, "orderer3")
                            .resolve("msp"),
                    ca,
                    "orderer");
        }

        @Test
        void rewrites_an_identity_left_incomplete_by_an_interrupted_run() throws Exception {
            write(NetworkMaterial.RAFT_ORDERERS);
            Path client = layout().userDirectory(NetworkOrganization.AUDITOR, "client");
            Files.delete(client.resolve(".complete"));
            Files.writeString(client.resolve("msp/stray.txt"), "partial");

            MaterialReport second = write(NetworkMaterial.RAFT_ORDERERS);

            assertThat(second.createdIdentities()).containsExactly(client.toString());
            assertThat(client.resolve("msp/stray.txt")).doesNotExist();
            X509Certificate ca = certificate(layout().organizationMspDirectory(NetworkOrganization.AUDITOR)
                    .resolve("cacerts/ca.pem"));
            assertSignedLocalMsp(client.resolve("msp"), ca, "client");
        }
    }

    @Nested
    class Arguments {

        @Test
        void defaults_to_one_raft_orderer() {
            NetworkMaterialCommand.Arguments arguments = NetworkMaterialCommand.parse(List.of("net"));

            assertThat(arguments.ordererCount()).isEqualTo(1);
            assertThat(arguments.networkDirectory().isAbsolute()).isTrue();
            assertThat(arguments.networkDirectory().getFileName()).hasToString("net");
        }

        @Test
        void reads_the_orderer_count() {
            assertThat(NetworkMaterialCommand.parse(List.of("net", "--orderers", "4"))
                            .ordererCount())
                    .isEqualTo(4);
        }

        @Test
        void rejects_a_missing_network_directory() {
            assertThatThrownBy(() -> NetworkMaterialCommand.parse(List.of("--orderers", "4")))
                    .isInstanceOfSatisfying(
                            NetworkMaterialException.class,
                            e -> assertThat(e.code()).isEqualTo(NetworkMaterialException.Code.INVALID_ARGUMENTS));
        }

        @Test
        void rejects_an_unknown_option() {
            assertThatThrownBy(() -> NetworkMaterialCommand.parse(List.of("net", "--peers", "2")))
                    .isInstanceOfSatisfying(
                            NetworkMaterialException.class,
                            e -> assertThat(e.code()).isEqualTo(NetworkMaterialException.Code.INVALID_ARGUMENTS));
        }

        @Test
        void rejects_a_non_numeric_or_unsupported_orderer_count() {
            for (String count : List.of("two", "3")) {
                assertThatThrownBy(() -> NetworkMaterialCommand.parse(List.of("net", "--orderers", count)))
                        .isInstanceOfSatisfying(
                                NetworkMaterialException.class,
                                e -> assertThat(e.code())
                                        .isEqualTo(NetworkMaterialException.Code.INVALID_ORDERER_COUNT));
            }
        }
    }

    private void assertTlsServer(NetworkOrganization organization, Path node) throws Exception {
        X509Certificate tlsCa =
                certificate(layout().organizationMspDirectory(organization).resolve("tlscacerts/tlsca.pem"));
        X509Certificate server = certificate(node.resolve("tls/server.crt"));
        server.verify(tlsCa.getPublicKey());
        assertThat(Files.readString(node.resolve("tls/ca.crt")))
                .isEqualTo(Files.readString(
                        layout().organizationMspDirectory(organization).resolve("tlscacerts/tlsca.pem")));
        List<String> alternativeNames = server.getSubjectAlternativeNames().stream()
                .map(name -> String.valueOf(name.get(1)))
                .toList();
        assertThat(alternativeNames).contains("localhost", "127.0.0.1");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(node.resolve("tls/server.key"))))
                .isEqualTo("rw-------");
    }

    private static void assertSignedLocalMsp(Path msp, X509Certificate ca, String organizationalUnit) throws Exception {
        X509Certificate signing = certificate(onlyFile(msp.resolve("signcerts")));
        signing.verify(ca.getPublicKey());
        assertThat(organizationalUnits(signing)).contains(organizationalUnit);
        assertThat(Files.readString(onlyFile(msp.resolve("keystore")))).contains("PRIVATE KEY");
        assertThat(Files.readString(msp.resolve("config.yaml"))).contains("NodeOUs");
    }

    private static List<String> organizationalUnits(X509Certificate certificate) throws InvalidNameException {
        return new LdapName(certificate.getSubjectX500Principal().getName())
                .getRdns().stream()
                        .filter(rdn -> rdn.getType().equalsIgnoreCase("OU"))
                        .map(rdn -> rdn.getValue().toString())
                        .toList();
    }

    private static Path onlyFile(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            List<Path> all = files.filter(Files::isRegularFile).toList();
            assertThat(all).as("files in %s", directory).hasSize(1);
            return all.get(0);
        }
    }

    private static List<String> contents(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.sorted().map(NetworkMaterialTest::read).toList();
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static X509Certificate certificate(Path file) throws IOException, CertificateException {
        try (InputStream in = Files.newInputStream(file)) {
            return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
        }
    }
}
