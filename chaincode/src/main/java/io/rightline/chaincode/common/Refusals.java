package io.rightline.chaincode.common;

import org.hyperledger.fabric.shim.ChaincodeException;

/** Builds the {@link ChaincodeException} for a refusal: message for people, payload = the stable code. */
public final class Refusals {

    private Refusals() {}

    /** A refusal with {@code code} as payload. */
    public static ChaincodeException refuse(ErrorCode code, String message) {
        return new ChaincodeException(code.name() + ": " + message, code.name());
    }
}
