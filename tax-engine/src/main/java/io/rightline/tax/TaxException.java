package io.rightline.tax;

import java.util.Objects;

/**
 * The one exception of the tax engine. It carries a stable {@link TaxErrorCode}; tests and callers
 * assert the code, never the message.
 *
 * <pre>{@code
 * try {
 *     CountryCode.of("XX");
 * } catch (TaxException e) {
 *     assert e.code() == TaxErrorCode.UNKNOWN_COUNTRY;
 * }
 * }</pre>
 */
public final class TaxException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final TaxErrorCode code;

    /**
     * Creates an exception.
     *
     * @param code the stable error code
     * @param message a human readable detail naming the offending value
     */
    public TaxException(TaxErrorCode code, String message) {
        super(code + ": " + message);
        this.code = Objects.requireNonNull(code, "code");
    }

    /**
     * Creates an exception with a cause.
     *
     * @param code the stable error code
     * @param message a human readable detail naming the offending value
     * @param cause the underlying failure
     */
    public TaxException(TaxErrorCode code, String message, Throwable cause) {
        super(code + ": " + message, cause);
        this.code = Objects.requireNonNull(code, "code");
    }

    /** The stable error code. */
    public TaxErrorCode code() {
        return code;
    }
}
