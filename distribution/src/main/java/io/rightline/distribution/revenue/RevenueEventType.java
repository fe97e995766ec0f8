package io.rightline.distribution.revenue;

import io.rightline.distribution.problem.ApiException;
import java.util.Locale;
import org.springframework.http.HttpStatus;

/** Kinds of revenue a payment provider reports. */
public enum RevenueEventType {
    SUBSCRIPTION_PAYMENT,
    PAY_PER_VIEW_PURCHASE,
    AD_REVENUE;

    /** The name in webhook payloads, e.g. {@code subscription_payment}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The type with this wire name; {@code UNKNOWN_EVENT_TYPE} (400) otherwise. */
    public static RevenueEventType parse(String value) {
        for (RevenueEventType type : values()) {
            if (type.wireName().equals(value)) {
                return type;
            }
        }
        throw new ApiException("UNKNOWN_EVENT_TYPE", HttpStatus.BAD_REQUEST, "unknown revenue event type: " + value);
    }
}
