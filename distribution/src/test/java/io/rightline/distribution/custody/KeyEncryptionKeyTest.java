package io.rightline.distribution.custody;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeyEncryptionKeyTest {
    private static final byte[] SECRET = "pkcs8 private key bytes".getBytes(StandardCharsets.UTF_8);

    @Nested
    class Resolve {
        @TempDir
        Path dataDirectory;

        @Test
        void without_configuration_generates_a_development_key_once_and_reuses_it() throws Exception {
            KeyEncryptionKey first = KeyEncryptionKey.resolve("", dataDirectory);
            KeyEncryptionKey second = KeyEncryptionKey.resolve(null, dataDirectory);

            Path file = dataDirectory.resolve("custody/kek.b64");
            assertThat(second.id()).isEqualTo(first.id());
            assertThat(Base64.getDecoder().decode(Files.readString(file).trim()))
                    .hasSize(32);
            assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
            assertThat(second.open(first.seal(SECRET, "u"), "u")).isEqualTo(SECRET);
        }

        @Test
        void configured_key_wins_over_the_development_key() {
            String configured = Base64.getEncoder().encodeToString(new byte[32]);

            KeyEncryptionKey key = KeyEncryptionKey.resolve(configured, dataDirectory);

            assertThat(key.id()).isEqualTo(new KeyEncryptionKey(new byte[32]).id());
            assertThat(dataDirectory.resolve("custody/kek.b64")).doesNotExist();
        }

        @Test
        void rejects_a_key_that_is_not_32_bytes() {
            String shortKey = Base64.getEncoder().encodeToString(new byte[16]);

            assertThatThrownBy(() -> KeyEncryptionKey.resolve(shortKey, dataDirectory))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("32 bytes");
        }

        @Test
        void rejects_a_key_that_is_not_base64() {
            assertThatThrownBy(() -> KeyEncryptionKey.resolve("not base64!", dataDirectory))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("base64");
        }
    }

    @Nested
    class SealAndOpen {
        private final KeyEncryptionKey key = new KeyEncryptionKey(new byte[32]);

        @Test
        void sealed_bytes_differ_from_the_plaintext_and_open_back_to_it() {
            byte[] sealed = key.seal(SECRET, "user-1");

            assertThat(new String(sealed, StandardCharsets.ISO_8859_1))
                    .doesNotContain(new String(SECRET, StandardCharsets.ISO_8859_1));
            assertThat(sealed).hasSize(12 + SECRET.length + 16);
            assertThat(key.open(sealed, "user-1")).isEqualTo(SECRET);
        }

        @Test
        void sealing_twice_uses_fresh_nonces() {
            assertThat(key.seal(SECRET, "user-1")).isNotEqualTo(key.seal(SECRET, "user-1"));
        }

        @Test
        void tampered_bytes_do_not_open() {
            byte[] sealed = key.seal(SECRET, "user-1");
            sealed[sealed.length - 1] ^= 1;

            assertThatThrownBy(() -> key.open(sealed, "user-1"))
                    .isInstanceOfSatisfying(
                            CustodyException.class, e -> assertThat(e.code()).isEqualTo("CUSTODY_KEY_UNREADABLE"));
        }

        @Test
        void another_key_does_not_open() {
            byte[] sealed = key.seal(SECRET, "user-1");
            byte[] otherBytes = new byte[32];
            otherBytes[0] = 1;

            assertThatThrownBy(() -> new KeyEncryptionKey(otherBytes).open(sealed, "user-1"))
                    .isInstanceOf(CustodyException.class);
        }

        @Test
        void to_string_does_not_reveal_the_key() {
            assertThat(key.toString()).isEqualTo("KeyEncryptionKey[id=" + key.id() + "]");
        }
    }
}
