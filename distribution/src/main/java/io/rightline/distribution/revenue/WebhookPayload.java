package io.rightline.distribution.revenue;

import java.time.Instant;

/**
 * A revenue webhook body as the provider sends it.
 *
 * <pre>{@code
 * {"id": "evt_1", "type": "subscription_payment", "territory": "DE", "currency": "EUR",
 *  "amountMinor": 999, "occurredAt": "2026-11-01T10:00:00Z",
 *  "taxEvidence": {"billingCountry": "DE", "ipCountry": "DE", "paymentCountry": "AT"}}
 * }</pre>
 *
 * @param id the provider's event id, the idempotency key
 * @param type {@code subscription_payment}, {@code pay_per_view_purchase} or {@code ad_revenue}
 * @param territory ISO 3166-1 alpha-2 territory the revenue belongs to
 * @param currency ISO 4217 code
 * @param amountMinor amount in minor units of the currency, positive
 * @param occurredAt when the payment happened at the provider
 * @param taxEvidence where the payer is, as far as the provider knows
 */
public record WebhookPayload(
        String id,
        String type,
        String territory,
        String currency,
        Long amountMinor,
        Instant occurredAt,
        TaxEvidence taxEvidence) {

    /**
     * Place-of-supply evidence (ISO 3166-1 alpha-2 codes).
     *
     * @param billingCountry country of the billing address; required
     * @param ipCountry country of the payer's IP address, if known
     * @param paymentCountry issuing country of the card or country of the bank account, if known
     */
    public record TaxEvidence(String billingCountry, String ipCountry, String paymentCountry) {}
}
