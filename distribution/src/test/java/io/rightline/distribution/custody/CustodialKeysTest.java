package io.rightline.distribution.custody;

import static io.rightline.distribution.jooq.Tables.CUSTODY;
import static io.rightline.distribution.jooq.Tables.OUTBOX_EVENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rightline.distribution.ServerIntegrationTest;
import io.rightline.distribution.jooq.tables.records.CustodyRecord;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.interfaces.ECPrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class CustodialKeysTest extends ServerIntegrationTest {
    @Autowired
    CustodialKeys custodialKeys;

    @Autowired
    KeyEncryptionKey keyEncryptionKey;

    @Autowired
    DSLContext dsl;

    @Nested
    class PublicKeyFor {
        @Test
        void first_use_stores_a_sealed_private_key_that_opens_to_the_matching_p256_key() throws Exception {
            PublicSigningKey published = custodialKeys.publicKey("user-custody-1");

            CustodyRecord row = dsl.selectFrom(CUSTODY)
                    .where(CUSTODY.USER_ID.eq("user-custody-1"))
                    .fetchSingle();
            byte[] pkcs8 = keyEncryptionKey.open(row.getSealedPrivateKey(), "user-custody-1");
            ECPrivateKey privateKey =
                    (ECPrivateKey) KeyFactory.getInstance("EC").generatePrivate(new PKCS8EncodedKeySpec(pkcs8));

            assertThat(privateKey.getParams().getCurve().getField().getFieldSize())
                    .isEqualTo(256);
            assertThat(row.getSealedPrivateKey()).isNotEqualTo(pkcs8);
            assertThat(indexOf(row.getSealedPrivateKey(), privateKey.getS().toByteArray()))
                    .isEqualTo(-1);
            assertThat(row.getKekId()).isEqualTo(keyEncryptionKey.id());
            assertThat(Base64.getDecoder().decode(published.publicKeyBase64())).isEqualTo(row.getPublicKey());
            assertThat(signsFor(privateKey, publicKeyOf(row))).isTrue();
        }

        @Test
        void first_use_announces_the_new_key_in_the_outbox_once() {
            custodialKeys.publicKey("user-custody-2");
            custodialKeys.publicKey("user-custody-2");

            int events = dsl.fetchCount(
                    OUTBOX_EVENT,
                    OUTBOX_EVENT
                            .EVENT_TYPE
                            .eq("custody-key.created")
                            .and(OUTBOX_EVENT.AGGREGATE_ID.eq("user-custody-2")));
            assertThat(events).isEqualTo(1);
        }

        @Test
        void sealed_key_of_one_user_does_not_open_as_another_users() {
            custodialKeys.publicKey("user-custody-3");
            CustodyRecord row = dsl.selectFrom(CUSTODY)
                    .where(CUSTODY.USER_ID.eq("user-custody-3"))
                    .fetchSingle();

            assertThatThrownBy(() -> keyEncryptionKey.open(row.getSealedPrivateKey(), "user-custody-4"))
                    .isInstanceOfSatisfying(
                            CustodyException.class, e -> assertThat(e.code()).isEqualTo("CUSTODY_KEY_UNREADABLE"));
        }
    }

    @Nested
    class Sign {
        @Test
        void signature_verifies_with_the_published_public_key() throws Exception {
            byte[] message = "licence grant".getBytes(StandardCharsets.UTF_8);

            byte[] signature = custodialKeys.sign("user-custody-5", message);

            PublicKey publicKey = KeyFactory.getInstance("EC")
                    .generatePublic(new X509EncodedKeySpec(Base64.getDecoder()
                            .decode(custodialKeys.publicKey("user-custody-5").publicKeyBase64())));
            Signature verifier = Signature.getInstance("SHA256withECDSA");
            verifier.initVerify(publicKey);
            verifier.update(message);
            assertThat(verifier.verify(signature)).isTrue();
        }
    }

    private static PublicKey publicKeyOf(CustodyRecord row) throws Exception {
        return KeyFactory.getInstance("EC").generatePublic(new X509EncodedKeySpec(row.getPublicKey()));
    }

    private static boolean signsFor(PrivateKey privateKey, PublicKey publicKey) throws Exception {
        byte[] message = {1, 2, 3};
        Signature signer = Signature.getInstance("SHA256withECDSA");
        signer.initSign(privateKey);
        signer.update(message);
        byte[] signature = signer.sign();
        Signature verifier = Signature.getInstance("SHA256withECDSA");
        verifier.initVerify(publicKey);
        verifier.update(message);
        return verifier.verify(signature);
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
