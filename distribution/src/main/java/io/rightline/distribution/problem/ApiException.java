package io.rightline.distribution.problem;

import java.util.Objects;
import org.springframework.http.HttpStatus;

/**
 * An expected failure of an API operation, carrying a stable error code that clients can match on.
 * It is rendered as an RFC 9457 problem detail with {@code code} and a {@code type} derived from it.
 *
 * <pre>{@code
 * throw new ApiException("IDEMPOTENCY_KEY_REUSED", HttpStatus.CONFLICT, "key was used for another request");
 * }</pre>
 */
public class ApiException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String code;
    private final HttpStatus status;

    /**
     * @param code stable error code in upper snake case, e.g. {@code IDEMPOTENCY_KEY_REUSED}
     * @param status the HTTP status to answer with
     * @param detail human-readable explanation of this occurrence
     */
    public ApiException(String code, HttpStatus status, String detail) {
        super(detail);
        this.code = Problems.requireCode(code);
        this.status = Objects.requireNonNull(status, "status");
    }

    /** The stable error code. */
    public String code() {
        return code;
    }

    /** The HTTP status. */
    public HttpStatus status() {
        return status;
    }
}
