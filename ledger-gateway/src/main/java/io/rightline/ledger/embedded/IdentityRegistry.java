package io.rightline.ledger.embedded;

import com.google.protobuf.ByteString;
import com.google.protobuf.InvalidProtocolBufferException;
import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.Provider;
import java.security.PublicKey;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.hyperledger.fabric.protos.msp.SerializedIdentity;

/**
 * Resolves serialized identities (creators and endorsers) against the channel members' root CAs, caching the result per
 * identity so each certificate chain is checked once. Signatures are verified with Bouncy Castle (measured faster than
 * SunEC for ECDSA P-256 verification on the target machine; see the README's benchmark section).
 */
final class IdentityRegistry {
    /** Not registered globally: used only for verification, where it is about three times faster than SunEC here. */
    private static final Provider BOUNCY_CASTLE = new BouncyCastleProvider();

    /** Half the order of the P-256 group: Fabric accepts only signatures with s at most this. */
    private static final BigInteger HALF_ORDER =
            new BigInteger("FFFFFFFF00000000FFFFFFFFFFFFFFFFBCE6FAADA7179E84F3B9CAC2FC632551", 16).shiftRight(1);

    private static final ThreadLocal<Signature> VERIFIER = ThreadLocal.withInitial(IdentityRegistry::newVerifier);

    private final Map<String, X509Certificate> rootCertificates;
    private final Map<ByteString, Resolved> cache = new ConcurrentHashMap<>();

    /**
     * A resolved identity.
     *
     * @param mspId claimed MSP
     * @param publicKey the certificate's key
     * @param trusted whether the certificate is signed by the MSP's root CA
     * @param peer whether the certificate carries the peer node OU
     * @param problem why it is not trusted, or null
     */
    record Resolved(String mspId, PublicKey publicKey, boolean trusted, boolean peer, String problem) {}

    IdentityRegistry(Map<String, X509Certificate> rootCertificates) {
        this.rootCertificates = Map.copyOf(rootCertificates);
    }

    Resolved resolve(ByteString serialized) {
        return cache.computeIfAbsent(serialized, this::resolveUncached);
    }

    private Resolved resolveUncached(ByteString serialized) {
        SerializedIdentity identity;
        X509Certificate certificate;
        try {
            identity = SerializedIdentity.parseFrom(serialized);
            certificate = (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(
                            new ByteArrayInputStream(identity.getIdBytes().toByteArray()));
        } catch (InvalidProtocolBufferException | GeneralSecurityException e) {
            return new Resolved("", null, false, false, "malformed identity: " + e.getMessage());
        }
        X509Certificate root = rootCertificates.get(identity.getMspid());
        if (root == null) {
            return new Resolved(identity.getMspid(), certificate.getPublicKey(), false, false, "unknown MSP");
        }
        try {
            certificate.verify(root.getPublicKey());
        } catch (GeneralSecurityException e) {
            return new Resolved(
                    identity.getMspid(),
                    certificate.getPublicKey(),
                    false,
                    false,
                    "certificate not issued by the CA of " + identity.getMspid());
        }
        boolean peer = certificate.getSubjectX500Principal().getName().contains("OU=peer");
        return new Resolved(identity.getMspid(), certificate.getPublicKey(), true, peer, null);
    }

    /** ECDSA-with-SHA256 verification of a DER signature; high-S signatures are invalid, as in Fabric. */
    static boolean verify(PublicKey key, byte[] message, byte[] signature) {
        if (!lowS(signature)) {
            return false;
        }
        Signature verifier = VERIFIER.get();
        try {
            verifier.initVerify(key);
            verifier.update(message);
            return verifier.verify(signature);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    private static boolean lowS(byte[] signature) {
        try {
            ASN1Sequence sequence = ASN1Sequence.getInstance(signature);
            BigInteger s = ASN1Integer.getInstance(sequence.getObjectAt(1)).getValue();
            return s.signum() > 0 && s.compareTo(HALF_ORDER) <= 0;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static Signature newVerifier() {
        try {
            return Signature.getInstance("SHA256withECDSA", BOUNCY_CASTLE);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("no ECDSA provider", e);
        }
    }
}
