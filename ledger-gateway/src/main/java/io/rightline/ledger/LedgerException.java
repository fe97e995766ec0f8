package io.rightline.ledger;

import java.util.Optional;

/**
 * A refused or failed ledger call. Keeps the transaction id (when one was assigned), Fabric's validation code (a
 * {@code TxValidationCode} name such as {@code MVCC_READ_CONFLICT}) for transactions that reached a block, and the
 * chaincode's error code for refusals by the contract.
 */
public final class LedgerException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final LedgerErrorCode errorCode;
    private final String txId;
    private final String validationCode;
    private final String chaincodeErrorCode;

    /**
     * @param errorCode what kind of failure
     * @param message human-readable detail
     * @param txId the transaction id, or null before one was assigned
     * @param validationCode the {@code TxValidationCode} name, or null if the transaction never reached validation
     * @param chaincodeErrorCode the chaincode's error code, or null
     */
    public LedgerException(
            LedgerErrorCode errorCode, String message, String txId, String validationCode, String chaincodeErrorCode) {
        super(describe(errorCode, message, txId, validationCode, chaincodeErrorCode));
        this.errorCode = errorCode;
        this.txId = txId;
        this.validationCode = validationCode;
        this.chaincodeErrorCode = chaincodeErrorCode;
    }

    /** Failure with a cause (storage errors). */
    public LedgerException(LedgerErrorCode errorCode, String message, String txId, Throwable cause) {
        super(describe(errorCode, message, txId, null, null), cause);
        this.errorCode = errorCode;
        this.txId = txId;
        this.validationCode = null;
        this.chaincodeErrorCode = null;
    }

    private static String describe(
            LedgerErrorCode code, String message, String txId, String validationCode, String chaincodeErrorCode) {
        StringBuilder text = new StringBuilder(code.name()).append(": ").append(message);
        if (txId != null) {
            text.append(" txId=").append(txId);
        }
        if (validationCode != null) {
            text.append(" validationCode=").append(validationCode);
        }
        if (chaincodeErrorCode != null) {
            text.append(" chaincodeErrorCode=").append(chaincodeErrorCode);
        }
        return text.toString();
    }

    /** The kind of failure. */
    public LedgerErrorCode errorCode() {
        return errorCode;
    }

    /** The transaction id, if one was assigned before the failure. */
    public Optional<String> txId() {
        return Optional.ofNullable(txId);
    }

    /** Fabric's {@code TxValidationCode} name, if the transaction reached validation (or would have failed it). */
    public Optional<String> validationCode() {
        return Optional.ofNullable(validationCode);
    }

    /** The chaincode's stable error code, if the contract refused the transaction. */
    public Optional<String> chaincodeErrorCode() {
        return Optional.ofNullable(chaincodeErrorCode);
    }
}
