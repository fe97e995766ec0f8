package io.rightline.distribution.idempotency;

import java.util.function.Supplier;

/**
 * Runs an externally triggered write at most once per idempotency key.
 *
 * <p>Must be called inside the use case's transaction: the key is claimed first (a concurrent retry
 * with the same key waits for it), then the work runs and its result reference is stored. A retry with
 * the same key and the same request gets the stored reference back without running the work; a retry
 * with the same key but a different request is refused with {@code IDEMPOTENCY_KEY_REUSED}.
 *
 * <pre>{@code
 * Outcome outcome = requests.execute("maintenance-notice.announce", key, sha256(body), () -> save(body));
 * }</pre>
 */
public interface IdempotentRequests {
    /**
     * @param operation name of the use case; keys are unique per operation
     * @param key the client's idempotency key (1–200 printable characters)
     * @param requestSha256 hex SHA-256 of the request's canonical form
     * @param work the write; returns a reference to its result (e.g. the created id)
     */
    Outcome execute(String operation, String key, String requestSha256, Supplier<String> work);

    /**
     * @param resultReference what the first execution returned
     * @param replayed true when the work did not run because the key was already used
     */
    record Outcome(String resultReference, boolean replayed) {}
}
