package io.rightline.distribution.custody;

import static io.rightline.distribution.jooq.Tables.CUSTODY;

import io.rightline.distribution.jooq.tables.records.CustodyRecord;
import io.rightline.distribution.outbox.Outbox;
import io.rightline.distribution.outbox.OutboxEvent;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

@Component
final class JooqCustodialKeys implements CustodialKeys {
    private static final Logger log = LoggerFactory.getLogger(JooqCustodialKeys.class);

    private final DSLContext dsl;
    private final KeyEncryptionKey keyEncryptionKey;
    private final Outbox outbox;
    private final TransactionTemplate transactions;
    private final JsonMapper json;
    private final Clock clock;

    JooqCustodialKeys(
            DSLContext dsl,
            KeyEncryptionKey keyEncryptionKey,
            Outbox outbox,
            TransactionTemplate transactions,
            JsonMapper json,
            Clock clock) {
        this.dsl = dsl;
        this.keyEncryptionKey = keyEncryptionKey;
        this.outbox = outbox;
        this.transactions = transactions;
        this.json = json;
        this.clock = clock;
    }

    @Override
    public PublicSigningKey publicKey(String userId) {
        CustodyRecord row = rowFor(userId);
        return new PublicSigningKey(
                userId, row.getAlgorithm(), Base64.getEncoder().encodeToString(row.getPublicKey()));
    }

    @Override
    public byte[] sign(String userId, byte[] message) {
        CustodyRecord row = rowFor(userId);
        if (!keyEncryptionKey.id().equals(row.getKekId())) {
            throw new CustodyException(
                    "CUSTODY_KEY_ENCRYPTION_KEY_MISMATCH",
                    "the custodial key of " + userId + " is sealed under key " + row.getKekId(),
                    null);
        }
        byte[] pkcs8 = keyEncryptionKey.open(row.getSealedPrivateKey(), userId);
        try {
            PrivateKey privateKey = KeyFactory.getInstance("EC").generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
            Signature signature = Signature.getInstance("SHA256withECDSA");
            signature.initSign(privateKey);
            signature.update(message);
            return signature.sign();
        } catch (GeneralSecurityException e) {
            throw new CustodyException("CUSTODY_SIGNING_FAILED", "signing failed for " + userId, e);
        } finally {
            Arrays.fill(pkcs8, (byte) 0);
        }
    }

    private CustodyRecord rowFor(String userId) {
        CustodyRecord existing =
                dsl.selectFrom(CUSTODY).where(CUSTODY.USER_ID.eq(userId)).fetchOne();
        if (existing != null) {
            return existing;
        }
        transactions.executeWithoutResult(status -> create(userId));
        return dsl.selectFrom(CUSTODY).where(CUSTODY.USER_ID.eq(userId)).fetchSingle();
    }

    /** Inserts a fresh key pair; if another request created one first, keeps theirs. */
    private void create(String userId) {
        KeyPair pair = generate();
        byte[] pkcs8 = pair.getPrivate().getEncoded();
        byte[] sealed = keyEncryptionKey.seal(pkcs8, userId);
        Arrays.fill(pkcs8, (byte) 0);
        int inserted = dsl.insertInto(CUSTODY)
                .set(CUSTODY.USER_ID, userId)
                .set(CUSTODY.ALGORITHM, ALGORITHM)
                .set(CUSTODY.PUBLIC_KEY, pair.getPublic().getEncoded())
                .set(CUSTODY.SEALED_PRIVATE_KEY, sealed)
                .set(CUSTODY.KEK_ID, keyEncryptionKey.id())
                .set(CUSTODY.CREATED_AT, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                .onConflictDoNothing()
                .execute();
        if (inserted == 1) {
            String payload = json.writeValueAsString(Map.of("userId", userId, "algorithm", ALGORITHM));
            outbox.append(new OutboxEvent("custody-key", userId, "custody-key.created", payload));
            log.info("custodial key created userId={} kekId={}", userId, keyEncryptionKey.id());
        }
    }

    private static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the platform has no ECDSA P-256", e);
        }
    }
}
