package io.rightline.network.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MspDirectoryTest {

    private static final CertificateAuthority CA = CertificateAuthority.create("PlatformMSP", "Platform");

    @Nested
    class Write {

        @Test
        void writes_fabric_msp_layout_with_node_ous(@TempDir Path directory) throws Exception {
            Identity peer = CA.issue("peer0", NodeRole.PEER, Map.of());

            MspDirectory.write(directory, CA, peer);

            assertThat(Files.readString(directory.resolve("cacerts/ca.pem"))).isEqualTo(CA.certificatePem());
            assertThat(Files.readString(directory.resolve("tlscacerts/ca.pem"))).isEqualTo(CA.certificatePem());
            assertThat(Files.readString(directory.resolve("signcerts/cert.pem")))
                    .isEqualTo(peer.certificatePem());
            assertThat(Pem.parsePrivateKey(Files.readString(directory.resolve("keystore/key.pem"))))
                    .isEqualTo(peer.privateKey());
            String config = Files.readString(directory.resolve("config.yaml"));
            assertThat(config)
                    .contains("Enable: true")
                    .contains(
                            "ClientOUIdentifier:\n    Certificate: cacerts/ca.pem\n    OrganizationalUnitIdentifier: client")
                    .contains(
                            "PeerOUIdentifier:\n    Certificate: cacerts/ca.pem\n    OrganizationalUnitIdentifier: peer")
                    .contains(
                            "AdminOUIdentifier:\n    Certificate: cacerts/ca.pem\n    OrganizationalUnitIdentifier: admin")
                    .contains(
                            "OrdererOUIdentifier:\n    Certificate: cacerts/ca.pem\n    OrganizationalUnitIdentifier: orderer");
        }

        @Test
        void writes_a_separate_tls_ca_when_given(@TempDir Path directory) throws Exception {
            CertificateAuthority tlsCa = CertificateAuthority.create("PlatformMSP", "PlatformTls");

            MspDirectory.write(directory, CA, tlsCa, CA.issue("admin", NodeRole.ADMIN, Map.of()));

            assertThat(Files.readString(directory.resolve("tlscacerts/ca.pem"))).isEqualTo(tlsCa.certificatePem());
        }
    }

    @Nested
    class WriteTls {

        @Test
        void writes_ca_crt_server_crt_and_server_key(@TempDir Path directory) throws Exception {
            Identity tls = CA.issueTls("peer0");

            MspDirectory.writeTls(directory, CA, tls);

            assertThat(Files.readString(directory.resolve("ca.crt"))).isEqualTo(CA.certificatePem());
            assertThat(Files.readString(directory.resolve("server.crt"))).isEqualTo(tls.certificatePem());
            assertThat(Files.readString(directory.resolve("server.key"))).startsWith("-----BEGIN PRIVATE KEY-----");
        }
    }
}
