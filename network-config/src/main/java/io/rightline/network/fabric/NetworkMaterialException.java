package io.rightline.network.fabric;

import java.util.Objects;

/**
 * Raised when network material cannot be written; {@link #code()} is stable for callers and tests.
 */
public final class NetworkMaterialException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Stable error codes. */
    public enum Code {
        /** Command-line arguments are missing or malformed. */
        INVALID_ARGUMENTS,
        /** The orderer count is neither 1 (Raft) nor 4 (BFT). */
        INVALID_ORDERER_COUNT,
        /** Reading or writing material failed. */
        MATERIAL_IO_FAILED
    }

    private final Code code;

    /**
     * @param code stable error code
     * @param message human-readable detail
     * @param cause underlying failure, may be {@code null}
     */
    public NetworkMaterialException(Code code, String message, Throwable cause) {
        super(code + ": " + message, cause);
        this.code = Objects.requireNonNull(code, "code");
    }

    /**
     * @param code stable error code
     * @param message human-readable detail
     */
    public NetworkMaterialException(Code code, String message) {
        this(code, message, null);
    }

    /** The stable error code. */
    public Code code() {
        return code;
    }
}
