package io.rightline.distribution.revenue;

import io.rightline.distribution.metering.Territory;
import java.time.Instant;
import java.util.Currency;

/**
 * A verified revenue event as stored.
 *
 * @param provider the payment provider that sent it
 * @param eventId the provider's event id
 * @param type kind of revenue
 * @param territory territory the revenue belongs to
 * @param currency ISO 4217 currency
 * @param amountMinor amount in minor units of {@code currency}
 * @param occurredAt when it happened at the provider
 * @param billingCountry tax evidence: billing address country
 * @param ipCountry tax evidence: IP address country, or {@code null}
 * @param paymentCountry tax evidence: card issuing or bank country, or {@code null}
 * @param receivedAt when this server first stored it
 */
public record RevenueEvent(
        String provider,
        String eventId,
        RevenueEventType type,
        Territory territory,
        Currency currency,
        long amountMinor,
        Instant occurredAt,
        Territory billingCountry,
        Territory ipCountry,
        Territory paymentCountry,
        Instant receivedAt) {}
