package io.rightline.distribution.revenue;

import io.rightline.distribution.metering.Territory;
import io.rightline.distribution.outbox.Outbox;
import io.rightline.distribution.outbox.OutboxEvent;
import io.rightline.distribution.problem.ApiException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Currency;
import java.util.HexFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Receives revenue webhooks: verifies the signature, validates the event, and stores it with an outbox
 * row in one transaction, idempotent under (provider, event id).
 */
@Service
class RevenueEvents {
    static final String EVENT_TYPE = "revenue-event.received";

    private static final Logger log = LoggerFactory.getLogger(RevenueEvents.class);

    private final RevenueEventStore store;
    private final Outbox outbox;
    private final RevenueProperties properties;
    private final JsonMapper json;
    private final Clock clock;

    RevenueEvents(RevenueEventStore store, Outbox outbox, RevenueProperties properties, JsonMapper json, Clock clock) {
        this.store = store;
        this.outbox = outbox;
        this.properties = properties;
        this.json = json;
        this.clock = clock;
    }

    /** Result of {@link #receive}: the stored event and whether it was already stored before. */
    record Receipt(RevenueEvent event, boolean replayed) {}

    @Transactional
    Receipt receive(String provider, String signatureHeader, byte[] body) {
        String secret = properties.webhookSecrets().get(provider);
        if (secret == null || secret.isEmpty()) {
            throw new ApiException(
                    "UNKNOWN_PROVIDER", HttpStatus.NOT_FOUND, "no webhook secret for provider " + provider);
        }
        WebhookSignature.verify(signatureHeader, body, secret, clock.instant(), properties.signatureTolerance());
        RevenueEvent event = validate(provider, parse(body));
        String sha256 = sha256(body);
        if (store.insertIfAbsent(event, sha256)) {
            outbox.append(new OutboxEvent(
                    "revenue-event", provider + "/" + event.eventId(), EVENT_TYPE, json.writeValueAsString(event)));
            log.info(
                    "revenue event stored provider={} eventId={} type={} amountMinor={} currency={}",
                    provider,
                    event.eventId(),
                    event.type(),
                    event.amountMinor(),
                    event.currency());
            return new Receipt(event, false);
        }
        RevenueEventStore.Stored stored = store.find(provider, event.eventId())
                .orElseThrow(() -> new IllegalStateException("revenue event vanished " + event.eventId()));
        if (!stored.payloadSha256().equals(sha256)) {
            throw new ApiException(
                    "EVENT_ID_CONFLICT",
                    HttpStatus.CONFLICT,
                    "event " + event.eventId() + " was already received with a different payload");
        }
        return new Receipt(stored.event(), true);
    }

    private WebhookPayload parse(byte[] body) {
        try {
            return json.readValue(body, WebhookPayload.class);
        } catch (JacksonException e) {
            throw new ApiException(
                    "MALFORMED_REQUEST_BODY", HttpStatus.BAD_REQUEST, "the webhook body is not a valid event JSON");
        }
    }

    private RevenueEvent validate(String provider, WebhookPayload payload) {
        WebhookPayload.TaxEvidence tax = payload.taxEvidence();
        if (blank(payload.id()) || payload.id().length() > 200 || payload.occurredAt() == null || tax == null) {
            throw new ApiException(
                    "VALIDATION_FAILED", HttpStatus.BAD_REQUEST, "id, occurredAt and taxEvidence are required");
        }
        RevenueEventType type = RevenueEventType.parse(payload.type());
        Currency currency = currency(payload.currency());
        if (payload.amountMinor() == null || payload.amountMinor() <= 0) {
            throw new ApiException(
                    "INVALID_AMOUNT",
                    HttpStatus.BAD_REQUEST,
                    "amountMinor must be a positive whole number of minor units");
        }
        return new RevenueEvent(
                provider,
                payload.id(),
                type,
                Territory.of(payload.territory()),
                currency,
                payload.amountMinor(),
                payload.occurredAt(),
                Territory.of(tax.billingCountry()),
                tax.ipCountry() == null ? null : Territory.of(tax.ipCountry()),
                tax.paymentCountry() == null ? null : Territory.of(tax.paymentCountry()),
                clock.instant().truncatedTo(ChronoUnit.MICROS));
    }

    /** An ISO 4217 currency with a defined minor unit (not XAU, XXX, ...), so minor units have a scale. */
    private static Currency currency(String code) {
        try {
            Currency currency = Currency.getInstance(code == null ? "" : code);
            if (currency.getDefaultFractionDigits() >= 0) {
                return currency;
            }
        } catch (IllegalArgumentException e) {
            // falls through to the problem below
        }
        throw new ApiException(
                "UNKNOWN_CURRENCY", HttpStatus.BAD_REQUEST, "not an ISO 4217 currency with minor units: " + code);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String sha256(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}
