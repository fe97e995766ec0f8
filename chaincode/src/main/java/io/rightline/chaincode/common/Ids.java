package io.rightline.chaincode.common;

import java.util.regex.Pattern;

/** Client-chosen identifiers: 1..128 characters of letters, digits and {@code . _ : -}. */
public final class Ids {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    private Ids() {}

    /** {@code id} if well formed, else an {@link ErrorCode#INVALID_ARGUMENT} refusal naming {@code field}. */
    public static String require(String id, String field) {
        if (id == null || !ID.matcher(id).matches()) {
            throw Refusals.refuse(
                    ErrorCode.INVALID_ARGUMENT, field + " must be 1-128 characters of [A-Za-z0-9._:-]: " + id);
        }
        return id;
    }
}
