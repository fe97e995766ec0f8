package io.rightline.distribution.idempotency;

import static io.rightline.distribution.jooq.Tables.IDEMPOTENCY_RECORD;

import io.rightline.distribution.jooq.tables.records.IdempotencyRecordRecord;
import io.rightline.distribution.problem.ApiException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.jooq.DSLContext;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

@Component
final class JooqIdempotentRequests implements IdempotentRequests {
    private static final Pattern KEY = Pattern.compile("[\\x21-\\x7E]{1,200}");

    private final DSLContext dsl;
    private final Clock clock;

    JooqIdempotentRequests(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    @Override
    public Outcome execute(String operation, String key, String requestSha256, Supplier<String> work) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("idempotent work must run inside the use case's transaction");
        }
        if (key == null || !KEY.matcher(key).matches()) {
            throw new ApiException(
                    "IDEMPOTENCY_KEY_INVALID",
                    HttpStatus.BAD_REQUEST,
                    "Idempotency-Key must be 1 to 200 printable ASCII characters without spaces");
        }
        int claimed = dsl.insertInto(IDEMPOTENCY_RECORD)
                .set(IDEMPOTENCY_RECORD.OPERATION, operation)
                .set(IDEMPOTENCY_RECORD.IDEMPOTENCY_KEY, key)
                .set(IDEMPOTENCY_RECORD.REQUEST_SHA256, requestSha256)
                .set(IDEMPOTENCY_RECORD.CREATED_AT, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                .onConflictDoNothing()
                .execute();
        if (claimed == 0) {
            return replay(operation, key, requestSha256);
        }
        String reference = work.get();
        dsl.update(IDEMPOTENCY_RECORD)
                .set(IDEMPOTENCY_RECORD.RESULT_REFERENCE, reference)
                .where(IDEMPOTENCY_RECORD.OPERATION.eq(operation), IDEMPOTENCY_RECORD.IDEMPOTENCY_KEY.eq(key))
                .execute();
        return new Outcome(reference, false);
    }

    private Outcome replay(String operation, String key, String requestSha256) {
        IdempotencyRecordRecord existing = dsl.selectFrom(IDEMPOTENCY_RECORD)
                .where(IDEMPOTENCY_RECORD.OPERATION.eq(operation), IDEMPOTENCY_RECORD.IDEMPOTENCY_KEY.eq(key))
                .fetchSingle();
        if (!existing.getRequestSha256().equals(requestSha256)) {
            throw new ApiException(
                    "IDEMPOTENCY_KEY_REUSED",
                    HttpStatus.CONFLICT,
                    "this Idempotency-Key was already used for a different request");
        }
        return new Outcome(existing.getResultReference(), true);
    }
}
