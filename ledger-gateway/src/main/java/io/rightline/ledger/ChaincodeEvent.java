package io.rightline.ledger;

import java.nio.charset.StandardCharsets;

/**
 * A chaincode event emitted by a valid transaction.
 *
 * @param position block and transaction index of the emitting transaction
 * @param txId the emitting transaction
 * @param chaincodeName the chaincode
 * @param eventName the name given to {@code setEvent}
 * @param payload the event payload
 */
public record ChaincodeEvent(
        EventPosition position, String txId, String chaincodeName, String eventName, byte[] payload) {

    /** Defensive copy of the payload. */
    public ChaincodeEvent {
        payload = payload == null ? new byte[0] : payload.clone();
    }

    @Override
    public byte[] payload() {
        return payload.clone();
    }

    /** The payload as UTF-8 text. */
    public String payloadText() {
        return new String(payload, StandardCharsets.UTF_8);
    }
}
