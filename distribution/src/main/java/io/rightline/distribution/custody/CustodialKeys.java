package io.rightline.distribution.custody;

/**
 * Custodial signing keys: one ECDSA P-256 key pair per user, generated on first use, the private key
 * stored sealed under the key-encryption key and used only inside this component.
 *
 * <pre>{@code
 * PublicSigningKey key = custodialKeys.publicKey("user-creator");
 * byte[] signature = custodialKeys.sign("user-creator", payload); // SHA256withECDSA, DER
 * }</pre>
 */
public interface CustodialKeys {
    /** Algorithm of every custodial key. */
    String ALGORITHM = "ECDSA-P256-SHA256";

    /** The user's public key, creating the key pair on first use. */
    PublicSigningKey publicKey(String userId);

    /** Signs {@code message} with the user's private key (SHA256withECDSA, DER), creating it on first use. */
    byte[] sign(String userId, byte[] message);
}
