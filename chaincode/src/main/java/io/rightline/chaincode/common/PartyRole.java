package io.rightline.chaincode.common;

import java.util.Locale;

/** The roles a party can hold; the lower-case name is the value of the {@code rightline.role} attribute. */
public enum PartyRole {
    CREATOR,
    DISTRIBUTOR,
    COLLECTOR,
    AUDITOR,
    PLATFORM;

    /** The attribute value, e.g. {@code creator}. */
    public String attributeValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The role named by an attribute value or request field, else an {@link ErrorCode#INVALID_ARGUMENT} refusal. */
    public static PartyRole parse(String value) {
        for (PartyRole role : values()) {
            if (role.attributeValue().equals(value) || role.name().equals(value)) {
                return role;
            }
        }
        throw Refusals.refuse(ErrorCode.INVALID_ARGUMENT, "unknown party role: " + value);
    }
}
