package io.rightline.ledger.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import io.rightline.network.identity.CertificateAuthority;
import io.rightline.network.identity.Identity;
import io.rightline.network.identity.NodeRole;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.DERSequence;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class IdentityRegistryTest {
    private static final BigInteger ORDER =
            new BigInteger("FFFFFFFF00000000FFFFFFFFFFFFFFFFBCE6FAADA7179E84F3B9CAC2FC632551", 16);
    private static final CertificateAuthority PLATFORM = CertificateAuthority.create("PlatformMSP", "Platform");

    private final IdentityRegistry registry = new IdentityRegistry(Map.of("PlatformMSP", PLATFORM.certificate()));

    @Nested
    class Resolve {
        @Test
        void trusts_a_certificate_issued_by_the_member_ca_and_marks_peers() {
            Identity peer = PLATFORM.issue("peer0", NodeRole.PEER, Map.of());
            Identity client = PLATFORM.issue("alice", NodeRole.CLIENT, Map.of());

            assertThat(registry.resolve(FabricWire.serialize(peer)).trusted()).isTrue();
            assertThat(registry.resolve(FabricWire.serialize(peer)).peer()).isTrue();
            assertThat(registry.resolve(FabricWire.serialize(client)).peer()).isFalse();
        }

        @Test
        void refuses_a_certificate_from_another_ca_claiming_the_same_msp() {
            Identity impostor =
                    CertificateAuthority.create("PlatformMSP", "Impostor").issue("mallory", NodeRole.CLIENT, Map.of());

            IdentityRegistry.Resolved resolved = registry.resolve(FabricWire.serialize(impostor));

            assertThat(resolved.trusted()).isFalse();
            assertThat(resolved.problem()).contains("PlatformMSP");
        }
    }

    @Nested
    class Verify {
        @Test
        void accepts_a_low_s_signature_and_rejects_its_high_s_twin_and_other_messages() throws Exception {
            Identity alice = PLATFORM.issue("alice", NodeRole.CLIENT, Map.of());
            byte[] message = "payload".getBytes(StandardCharsets.UTF_8);
            byte[] signature = alice.sign(message);
            ASN1Sequence sequence = ASN1Sequence.getInstance(signature);
            ASN1EncodableVector highS = new ASN1EncodableVector();
            highS.add(sequence.getObjectAt(0));
            highS.add(new ASN1Integer(ORDER.subtract(
                    ASN1Integer.getInstance(sequence.getObjectAt(1)).getValue())));

            assertThat(IdentityRegistry.verify(alice.certificate().getPublicKey(), message, signature))
                    .isTrue();
            assertThat(IdentityRegistry.verify(
                            alice.certificate().getPublicKey(), message, new DERSequence(highS).getEncoded()))
                    .isFalse();
            assertThat(IdentityRegistry.verify(
                            alice.certificate().getPublicKey(), "other".getBytes(StandardCharsets.UTF_8), signature))
                    .isFalse();
        }
    }
}
