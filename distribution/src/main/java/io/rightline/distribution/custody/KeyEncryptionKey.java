package io.rightline.distribution.custody;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The AES-256 key that seals custodial private keys (AES-GCM, 96-bit random nonce, 128-bit tag, the
 * owner's user id as associated data so a sealed key cannot be moved to another user).
 *
 * <p>Comes from {@code rightline.custody.key} (base64 of 32 bytes); without it a development key is
 * generated once into {@code <data-dir>/custody/kek.b64} (owner-only permissions) and reused.
 */
final class KeyEncryptionKey {
    static final int KEY_BYTES = 32;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Logger log = LoggerFactory.getLogger(KeyEncryptionKey.class);

    private final SecretKey key;
    private final String id;

    KeyEncryptionKey(byte[] keyBytes) {
        if (keyBytes.length != KEY_BYTES) {
            throw new IllegalArgumentException(
                    "rightline.custody.key must be base64 of " + KEY_BYTES + " bytes, got " + keyBytes.length);
        }
        this.key = new SecretKeySpec(keyBytes, "AES");
        this.id = fingerprint(keyBytes);
    }

    /** The configured key, or the development key kept in the data directory. */
    static KeyEncryptionKey resolve(String configuredBase64, Path dataDirectory) {
        if (configuredBase64 != null && !configuredBase64.isBlank()) {
            return new KeyEncryptionKey(decode(configuredBase64));
        }
        Path file = dataDirectory.resolve("custody").resolve("kek.b64");
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(file.getParent());
                byte[] generated = new byte[KEY_BYTES];
                RANDOM.nextBytes(generated);
                Files.writeString(file, Base64.getEncoder().encodeToString(generated), StandardCharsets.US_ASCII);
                restrictToOwner(file);
                log.warn(
                        "generated a development key-encryption key file={}; set rightline.custody.key in production",
                        file);
            }
            return new KeyEncryptionKey(decode(Files.readString(file, StandardCharsets.US_ASCII)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the key-encryption key " + file, e);
        }
    }

    /** Short public identifier of this key (hex of the first 8 bytes of its SHA-256). */
    String id() {
        return id;
    }

    /** nonce || ciphertext || tag. */
    byte[] seal(byte[] plaintext, String associatedData) {
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(associatedData.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(plaintext);
            byte[] out = Arrays.copyOf(nonce, NONCE_BYTES + sealed.length);
            System.arraycopy(sealed, 0, out, NONCE_BYTES, sealed.length);
            return out;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM sealing failed", e);
        }
    }

    /** Reverses {@link #seal}; fails with {@link CustodyException} if the bytes or the owner do not match. */
    byte[] open(byte[] sealed, String associatedData) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, sealed, 0, NONCE_BYTES));
            cipher.updateAAD(associatedData.getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(sealed, NONCE_BYTES, sealed.length - NONCE_BYTES);
        } catch (GeneralSecurityException e) {
            throw new CustodyException("CUSTODY_KEY_UNREADABLE", "a custodial key could not be unsealed", e);
        }
    }

    private static byte[] decode(String base64) {
        try {
            return Base64.getDecoder().decode(base64.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("rightline.custody.key is not valid base64", e);
        }
    }

    private static String fingerprint(byte[] keyBytes) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(keyBytes);
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }

    private static void restrictToOwner(Path file) throws IOException {
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        }
    }

    /** Never reveals the key. */
    @Override
    public String toString() {
        return "KeyEncryptionKey[id=" + id + "]";
    }
}
