package io.rightline.ledger;

/** Stable codes for everything the ledger can refuse; HTTP layers map them to problem details. */
public enum LedgerErrorCode {
    /** The caller's certificate does not chain to the CA of a channel member. Nothing was ordered. */
    UNKNOWN_IDENTITY,
    /** No contract or no transaction of that name. Nothing was ordered. */
    UNKNOWN_TRANSACTION,
    /** Wrong number of arguments, null arguments or a malformed transaction name. Nothing was ordered. */
    MALFORMED_ARGUMENTS,
    /** The arguments together exceed the configured limit. Nothing was ordered. */
    ARGUMENTS_TOO_LARGE,
    /** The chaincode refused the transaction during execution; {@link LedgerException#chaincodeErrorCode()} says why. */
    CHAINCODE_ERROR,
    /** The transaction was ordered into a block but validated as invalid; see {@link LedgerException#validationCode()}. */
    INVALID_TRANSACTION,
    /** The ledger is closed or its storage failed; the outcome of a submit is unknown until its tx id is looked up. */
    LEDGER_UNAVAILABLE
}
