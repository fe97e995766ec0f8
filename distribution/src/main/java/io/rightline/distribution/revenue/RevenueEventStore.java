package io.rightline.distribution.revenue;

import static io.rightline.distribution.jooq.Tables.REVENUE_EVENT;

import io.rightline.distribution.jooq.tables.records.RevenueEventRecord;
import io.rightline.distribution.metering.Territory;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.Optional;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

/** The {@code revenue_event} table. */
@Component
final class RevenueEventStore {
    private final DSLContext dsl;

    RevenueEventStore(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** A stored event with the hash of the body it came in. */
    record Stored(RevenueEvent event, String payloadSha256) {}

    /** Inserts the event unless (provider, event id) exists; returns whether it was inserted. */
    boolean insertIfAbsent(RevenueEvent event, String payloadSha256) {
        return dsl.insertInto(REVENUE_EVENT)
                        .set(REVENUE_EVENT.PROVIDER, event.provider())
                        .set(REVENUE_EVENT.EVENT_ID, event.eventId())
                        .set(REVENUE_EVENT.EVENT_TYPE, event.type().name())
                        .set(REVENUE_EVENT.TERRITORY, event.territory().code())
                        .set(REVENUE_EVENT.CURRENCY, event.currency().getCurrencyCode())
                        .set(REVENUE_EVENT.AMOUNT_MINOR, event.amountMinor())
                        .set(REVENUE_EVENT.OCCURRED_AT, utc(event.occurredAt()))
                        .set(
                                REVENUE_EVENT.BILLING_COUNTRY,
                                event.billingCountry().code())
                        .set(REVENUE_EVENT.IP_COUNTRY, code(event.ipCountry()))
                        .set(REVENUE_EVENT.PAYMENT_COUNTRY, code(event.paymentCountry()))
                        .set(REVENUE_EVENT.PAYLOAD_SHA256, payloadSha256)
                        .set(REVENUE_EVENT.RECEIVED_AT, utc(event.receivedAt()))
                        .onConflictDoNothing()
                        .execute()
                == 1;
    }

    Optional<Stored> find(String provider, String eventId) {
        return dsl.selectFrom(REVENUE_EVENT)
                .where(REVENUE_EVENT.PROVIDER.eq(provider), REVENUE_EVENT.EVENT_ID.eq(eventId))
                .fetchOptional()
                .map(row -> new Stored(toEvent(row), row.getPayloadSha256()));
    }

    private static RevenueEvent toEvent(RevenueEventRecord row) {
        return new RevenueEvent(
                row.getProvider(),
                row.getEventId(),
                RevenueEventType.valueOf(row.getEventType()),
                Territory.of(row.getTerritory()),
                Currency.getInstance(row.getCurrency()),
                row.getAmountMinor(),
                row.getOccurredAt().toInstant(),
                Territory.of(row.getBillingCountry()),
                row.getIpCountry() == null ? null : Territory.of(row.getIpCountry()),
                row.getPaymentCountry() == null ? null : Territory.of(row.getPaymentCountry()),
                row.getReceivedAt().toInstant());
    }

    private static String code(Territory territory) {
        return territory == null ? null : territory.code();
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
