package io.rightline.distribution.custody;

/**
 * A custodial key operation failed; {@link #code()} is stable. Never carries key material.
 */
public final class CustodyException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String code;

    CustodyException(String code, String message, Throwable cause) {
        super(message, cause);
        this.code = code;
    }

    /** Stable error code, e.g. {@code CUSTODY_KEY_UNREADABLE}. */
    public String code() {
        return code;
    }
}
