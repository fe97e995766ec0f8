package io.rightline.distribution.outbox;

import static io.rightline.distribution.jooq.Tables.OUTBOX_EVENT;

import io.rightline.distribution.jooq.tables.records.OutboxEventRecord;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

@Component
final class JooqOutbox implements Outbox {
    private final DSLContext dsl;
    private final Clock clock;

    JooqOutbox(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    @Override
    public long append(OutboxEvent event) {
        return dsl.insertInto(OUTBOX_EVENT)
                .set(OUTBOX_EVENT.AGGREGATE_TYPE, event.aggregateType())
                .set(OUTBOX_EVENT.AGGREGATE_ID, event.aggregateId())
                .set(OUTBOX_EVENT.EVENT_TYPE, event.eventType())
                .set(OUTBOX_EVENT.PAYLOAD, event.payload())
                .set(OUTBOX_EVENT.OCCURRED_AT, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                .returning(OUTBOX_EVENT.ID)
                .fetchSingle()
                .getId();
    }

    @Override
    public Optional<OutboxEntry> find(long id) {
        return dsl.selectFrom(OUTBOX_EVENT)
                .where(OUTBOX_EVENT.ID.eq(id))
                .fetchOptional()
                .map(JooqOutbox::toEntry);
    }

    @Override
    public long unpublishedCount() {
        return dsl.fetchCount(OUTBOX_EVENT, OUTBOX_EVENT.PUBLISHED_AT.isNull());
    }

    private static OutboxEntry toEntry(OutboxEventRecord row) {
        OutboxEvent event =
                new OutboxEvent(row.getAggregateType(), row.getAggregateId(), row.getEventType(), row.getPayload());
        return new OutboxEntry(row.getId(), event, row.getOccurredAt().toInstant());
    }
}
