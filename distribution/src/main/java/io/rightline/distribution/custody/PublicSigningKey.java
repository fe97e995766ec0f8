package io.rightline.distribution.custody;

/**
 * The public half of a user's custodial signing key; the private half never leaves custody.
 *
 * @param userId owner of the key
 * @param algorithm {@code ECDSA-P256-SHA256}
 * @param publicKeyBase64 X.509 SubjectPublicKeyInfo, DER, base64
 */
public record PublicSigningKey(String userId, String algorithm, String publicKeyBase64) {}
