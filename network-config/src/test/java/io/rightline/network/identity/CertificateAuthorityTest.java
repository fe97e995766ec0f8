package io.rightline.network.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Map;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;
import org.bouncycastle.asn1.ASN1OctetString;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CertificateAuthorityTest {

    private static final CertificateAuthority CA = CertificateAuthority.create("CreatorsMSP", "Creators");

    @Nested
    class Create {

        @Test
        void ca_certificate_is_self_signed_critical_ca_with_subject_key_identifier() throws Exception {
            X509Certificate certificate = CA.certificate();

            certificate.verify(certificate.getPublicKey());
            assertThat(certificate.getBasicConstraints()).isGreaterThanOrEqualTo(0);
            assertThat(certificate.getCriticalExtensionOIDs()).contains("2.5.29.19");
            assertThat(certificate.getKeyUsage()[5]).as("keyCertSign").isTrue();
            assertThat(certificate.getKeyUsage()[6]).as("cRLSign").isTrue();
            assertThat(certificate.getKeyUsage()[0]).as("digitalSignature").isTrue();
            assertThat(certificate.getExtensionValue("2.5.29.14")).isNotNull();
            assertThat(certificate.getPublicKey().getAlgorithm()).isEqualTo("EC");
            assertThat(CA.mspId()).isEqualTo("CreatorsMSP");
        }
    }

    @Nested
    class Issue {

        @Test
        void issued_certificate_chains_to_the_ca_and_carries_the_role_ou() throws Exception {
            Identity peer = CA.issue("peer0", NodeRole.PEER, Map.of());

            peer.certificate().verify(CA.certificate().getPublicKey());
            assertThat(peer.certificate().getIssuerX500Principal())
                    .isEqualTo(CA.certificate().getSubjectX500Principal());
            assertThat(rdn(peer.certificate(), "OU")).isEqualTo("peer");
            assertThat(rdn(peer.certificate(), "CN")).isEqualTo("peer0");
            assertThat(peer.certificate().getBasicConstraints()).isEqualTo(-1);
            assertThat(peer.certificate().getKeyUsage()[0]).isTrue();
            assertThat(peer.certificate().getExtensionValue("2.5.29.35"))
                    .as("authority key id")
                    .isNotNull();
            assertThat(peer.certificate().getExtensionValue(FabricCaAttributes.OID))
                    .isNull();
            assertThat(peer.mspId()).isEqualTo("CreatorsMSP");
        }

        @Test
        void each_role_maps_to_its_node_ou() throws Exception {
            for (NodeRole role : NodeRole.values()) {
                Identity identity = CA.issue("node", role, Map.of());
                assertThat(rdn(identity.certificate(), "OU"))
                        .isEqualTo(role.name().toLowerCase(java.util.Locale.ROOT));
            }
        }

        @Test
        void attributes_are_written_as_fabric_ca_json_in_a_non_critical_extension() {
            Identity alice = CA.issue(
                    "alice", NodeRole.CLIENT, PartyAttributes.of("creator-alice", PartyAttributes.ROLE_CREATOR));

            byte[] extension = alice.certificate().getExtensionValue("1.2.3.4.5.6.7.8.1");
            String json = new String(ASN1OctetString.getInstance(extension).getOctets(), StandardCharsets.UTF_8);

            assertThat(json)
                    .isEqualTo("{\"attrs\":{\"rightline.party\":\"creator-alice\",\"rightline.role\":\"creator\"}}");
            assertThat(alice.certificate().getNonCriticalExtensionOIDs()).contains("1.2.3.4.5.6.7.8.1");
        }

        @Test
        void attribute_values_are_escaped_as_go_json_escapes_them() {
            byte[] json = FabricCaAttributes.encode(Map.of("b", "x<y>&\"z\"", "a", "line\nbreak"));

            assertThat(new String(json, StandardCharsets.UTF_8))
                    .isEqualTo("{\"attrs\":{\"a\":\"line\\nbreak\",\"b\":\"x\\u003cy\\u003e\\u0026\\\"z\\\"\"}}");
        }

        @Test
        void tls_certificate_has_server_and_client_auth_and_loopback_names() throws Exception {
            Identity tls = CA.issueTls("peer0.creators");

            tls.certificate().verify(CA.certificate().getPublicKey());
            assertThat(tls.certificate().getExtendedKeyUsage())
                    .containsExactlyInAnyOrder("1.3.6.1.5.5.7.3.1", "1.3.6.1.5.5.7.3.2");
            assertThat(tls.certificate().getSubjectAlternativeNames())
                    .containsExactlyInAnyOrder(List.of(2, "localhost"), List.of(7, "127.0.0.1"));
        }
    }

    @Nested
    class Signatures {

        @Test
        void signatures_are_low_s_and_verify_against_the_certificate() {
            Identity alice = CA.issue("alice", NodeRole.CLIENT, Map.of());
            for (int i = 0; i < 64; i++) {
                byte[] message = ("message-" + i).getBytes(StandardCharsets.UTF_8);
                byte[] signature = alice.sign(message);
                assertThat(Identity.isLowS(signature)).isTrue();
                assertThat(Identity.verify(alice.certificate(), message, signature))
                        .isTrue();
            }
        }

        @Test
        void verification_fails_for_another_message_or_another_key() {
            Identity alice = CA.issue("alice", NodeRole.CLIENT, Map.of());
            Identity bob = CA.issue("bob", NodeRole.CLIENT, Map.of());
            byte[] message = "payload".getBytes(StandardCharsets.UTF_8);
            byte[] signature = alice.sign(message);

            assertThat(Identity.verify(alice.certificate(), "other".getBytes(StandardCharsets.UTF_8), signature))
                    .isFalse();
            assertThat(Identity.verify(bob.certificate(), message, signature)).isFalse();
            assertThat(Identity.verify(alice.certificate(), message, new byte[] {1, 2, 3}))
                    .isFalse();
        }

        @Test
        void high_s_form_of_a_valid_signature_is_refused() throws Exception {
            Identity alice = CA.issue("alice", NodeRole.CLIENT, Map.of());
            byte[] message = "payload".getBytes(StandardCharsets.UTF_8);
            byte[] highS = SignatureForms.highS(alice.sign(message));

            java.security.Signature jdk = java.security.Signature.getInstance("SHA256withECDSA");
            jdk.initVerify(alice.certificate());
            jdk.update(message);
            assertThat(jdk.verify(highS)).as("mathematically valid").isTrue();
            assertThat(Identity.verify(alice.certificate(), message, highS)).isFalse();
        }
    }

    @Nested
    class Persistence {

        @Test
        void pem_round_trip_keeps_certificate_and_key(@TempDir Path directory) {
            Identity alice = CA.issue("alice", NodeRole.CLIENT, Map.of());

            X509Certificate certificate = Pem.parseCertificate(alice.certificatePem());
            Identity reloaded = new Identity("CreatorsMSP", certificate, Pem.parsePrivateKey(alice.privateKeyPem()));
            byte[] message = "m".getBytes(StandardCharsets.UTF_8);

            assertThat(certificate).isEqualTo(alice.certificate());
            assertThat(alice.privateKeyPem()).startsWith("-----BEGIN PRIVATE KEY-----");
            assertThat(Identity.verify(alice.certificate(), message, reloaded.sign(message)))
                    .isTrue();
        }

        @Test
        void saved_ca_loads_with_same_certificate_and_keeps_issuing(@TempDir Path directory) throws Exception {
            CA.save(directory);
            CertificateAuthority loaded = CertificateAuthority.load(directory);

            assertThat(CertificateAuthority.exists(directory)).isTrue();
            assertThat(loaded.mspId()).isEqualTo("CreatorsMSP");
            assertThat(loaded.certificate()).isEqualTo(CA.certificate());
            loaded.issue("carol", NodeRole.CLIENT, Map.of())
                    .certificate()
                    .verify(CA.certificate().getPublicKey());
            assertThat(Files.readString(directory.resolve("key.pem"))).startsWith("-----BEGIN PRIVATE KEY-----");
        }
    }

    private static String rdn(X509Certificate certificate, String type) throws Exception {
        for (Rdn rdn : new LdapName(certificate.getSubjectX500Principal().getName()).getRdns()) {
            if (rdn.getType().equalsIgnoreCase(type)) {
                return rdn.getValue().toString();
            }
        }
        return null;
    }
}
