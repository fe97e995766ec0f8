package io.rightline.chaincode.common;

/**
 * Every reason the chaincode refuses a transaction. The code's name is the payload of the
 * {@link org.hyperledger.fabric.shim.ChaincodeException}; names never change once released.
 */
public enum ErrorCode {
    /** An argument is missing, malformed or out of range. */
    INVALID_ARGUMENT,
    /** A territory is not an ISO 3166-1 alpha-2 code (or {@code WORLD}), or the set is empty. */
    INVALID_TERRITORY,
    /** An identifier (ISRC, ISWC, ISAN, EIDR, ISBN) fails its format check. */
    INVALID_IDENTIFIER,
    /** A window's end is not after its start. */
    INVALID_WINDOW,
    /** A currency is not an ISO 4217 code. */
    INVALID_CURRENCY,
    /** Shares do not sum to exactly 10 000 basis points. */
    SPLIT_NOT_10000_BPS,
    /** The same client-chosen id already names a different request. */
    ID_CONFLICT,
    /** The caller's certificate has no Rightline party attributes. */
    NO_PARTY_IDENTITY,
    /** The caller's party is not registered, or its registration names another MSP or role. */
    PARTY_NOT_REGISTERED,
    /** The caller's role may not perform this transaction. */
    ROLE_NOT_ALLOWED,
    /** A referenced party does not exist or has the wrong role. */
    UNKNOWN_PARTY,
    /** The caller is not a current owner of the work. */
    NOT_OWNER,
    /** A work with this exact fingerprint is already registered. */
    DUPLICATE_FINGERPRINT,
    /** The work does not exist. */
    WORK_NOT_FOUND,
    /** The owner does not hold the shares to transfer. */
    INSUFFICIENT_SHARE,
    /** The grant would overlap an exclusive grant, or an exclusive grant would overlap any grant. */
    LICENCE_CONFLICT,
    /** The licence does not exist. */
    LICENCE_NOT_FOUND,
    /** The auction does not exist. */
    AUCTION_NOT_FOUND,
    /** The auction's bidding phase is over, or it is closed. */
    AUCTION_CLOSED,
    /** The operation is too early for the auction's phase (reveal before bidding ends, close before reveals end). */
    AUCTION_NOT_READY,
    /** The bidder already committed a different bid. */
    BID_ALREADY_COMMITTED,
    /** No committed bid for this bidder. */
    BID_NOT_FOUND,
    /** The revealed bid does not hash to the commitment. */
    BID_COMMITMENT_MISMATCH,
    /** The revealed amount is below the reserve price. */
    BELOW_RESERVE,
    /** A currency differs from the one required. */
    CURRENCY_MISMATCH,
    /** The split rule does not exist. */
    SPLIT_NOT_FOUND,
    /** A split rule version is not the next one. */
    SPLIT_VERSION_CONFLICT,
    /** The split rule is not awaiting approval. */
    SPLIT_NOT_PROPOSED,
    /** The anchor's previous-anchor hash does not match the current head of the chain. */
    ANCHOR_CHAIN_BROKEN,
    /** The anchor does not exist. */
    ANCHOR_NOT_FOUND,
    /** Editions are not enabled (no cap) for the work. */
    EDITIONS_NOT_ENABLED,
    /** The edition number is outside 1..cap, or the cap is below editions already linked. */
    EDITION_OUT_OF_RANGE,
    /** The edition or token is already linked. */
    EDITION_ALREADY_LINKED
}
