package io.rightline.network.identity;

import java.io.IOException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.util.Objects;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.DERSequence;

/**
 * An X.509 identity of one MSP: the signing certificate and its private key.
 *
 * <p>Signatures are ECDSA P-256 over SHA-256, DER encoded and normalised to low S, because Fabric
 * rejects high-S signatures (they are malleable). {@link #verify} applies the same rule.
 *
 * <pre>{@code
 * byte[] signature = identity.sign(payload);
 * boolean ok = Identity.verify(identity.certificate(), payload, signature);
 * }</pre>
 *
 * @param mspId the MSP the certificate belongs to
 * @param certificate the signing certificate
 * @param privateKey the certificate's private key
 */
public record Identity(String mspId, X509Certificate certificate, PrivateKey privateKey) {

    private static final String ALGORITHM = "SHA256withECDSA";

    /** Order of the P-256 base point. */
    private static final BigInteger CURVE_ORDER =
            new BigInteger("FFFFFFFF00000000FFFFFFFFFFFFFFFFBCE6FAADA7179E84F3B9CAC2FC632551", 16);

    private static final BigInteger HALF_ORDER = CURVE_ORDER.shiftRight(1);

    public Identity {
        Objects.requireNonNull(mspId, "mspId");
        Objects.requireNonNull(certificate, "certificate");
        Objects.requireNonNull(privateKey, "privateKey");
    }

    /** The certificate as PEM ({@code -----BEGIN CERTIFICATE-----}). */
    public String certificatePem() {
        return Pem.certificate(certificate);
    }

    /** The private key as PKCS#8 PEM ({@code -----BEGIN PRIVATE KEY-----}). */
    public String privateKeyPem() {
        return Pem.privateKey(privateKey);
    }

    /** SHA256withECDSA signature of {@code message}, DER encoded, with S normalised to the lower half. */
    public byte[] sign(byte[] message) {
        try {
            Signature signer = Signature.getInstance(ALGORITHM);
            signer.initSign(privateKey);
            signer.update(message);
            return toLowS(signer.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign with the key of " + certificate.getSubjectX500Principal(), e);
        }
    }

    /**
     * True when {@code signature} is a valid low-S SHA256withECDSA signature of {@code message} by the key
     * of {@code certificate}. High-S or malformed signatures are invalid, as in Fabric.
     */
    public static boolean verify(X509Certificate certificate, byte[] message, byte[] signature) {
        try {
            BigInteger s = ASN1Integer.getInstance(
                            ASN1Sequence.getInstance(signature).getObjectAt(1))
                    .getValue();
            if (s.signum() <= 0 || s.compareTo(HALF_ORDER) > 0) {
                return false;
            }
            Signature verifier = Signature.getInstance(ALGORITHM);
            verifier.initVerify(certificate.getPublicKey());
            verifier.update(message);
            return verifier.verify(signature);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    /** True when the DER signature's S value lies in the lower half of the curve order. */
    static boolean isLowS(byte[] signature) {
        BigInteger s = ASN1Integer.getInstance(
                        ASN1Sequence.getInstance(signature).getObjectAt(1))
                .getValue();
        return s.compareTo(HALF_ORDER) <= 0;
    }

    private static byte[] toLowS(byte[] der) {
        ASN1Sequence sequence = ASN1Sequence.getInstance(der);
        BigInteger r = ASN1Integer.getInstance(sequence.getObjectAt(0)).getValue();
        BigInteger s = ASN1Integer.getInstance(sequence.getObjectAt(1)).getValue();
        if (s.compareTo(HALF_ORDER) <= 0) {
            return der;
        }
        ASN1EncodableVector vector = new ASN1EncodableVector();
        vector.add(new ASN1Integer(r));
        vector.add(new ASN1Integer(CURVE_ORDER.subtract(s)));
        try {
            return new DERSequence(vector).getEncoded(ASN1Encoding.DER);
        } catch (IOException e) {
            throw new IllegalStateException("cannot encode signature", e);
        }
    }
}
