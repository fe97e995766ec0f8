package io.rightline.ledger;

/**
 * Where a transaction sits in the ledger and how it was validated.
 *
 * @param txId the transaction id
 * @param position its block and index within the block
 * @param validationCode Fabric's {@code TxValidationCode} name ({@code VALID} for committed writes)
 */
public record TransactionRecord(String txId, EventPosition position, String validationCode) {

    /** Whether the transaction's writes were applied. */
    public boolean valid() {
        return "VALID".equals(validationCode);
    }
}
