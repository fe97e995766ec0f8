-- Flyway creates the schema itself (spring.flyway.schemas=distribution).

-- One row per externally triggered write: a retried request with the same key replays the stored
-- outcome instead of doing the work twice. The row is inserted before the work runs (so a concurrent
-- retry waits on the key) and gets its result reference in the same transaction.
CREATE TABLE distribution.idempotency_record (
    operation        VARCHAR(100)             NOT NULL,
    idempotency_key  VARCHAR(200)             NOT NULL,
    request_sha256   VARCHAR(64)              NOT NULL,
    result_reference VARCHAR(200),
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT idempotency_record_pk PRIMARY KEY (operation, idempotency_key)
);

-- Transactional outbox: written in the same transaction as the change it announces, published later.
CREATE TABLE distribution.outbox_event (
    id             BIGINT GENERATED ALWAYS AS IDENTITY NOT NULL,
    aggregate_type VARCHAR(100)             NOT NULL,
    aggregate_id   VARCHAR(200)             NOT NULL,
    event_type     VARCHAR(100)             NOT NULL,
    payload        TEXT                     NOT NULL,
    occurred_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    published_at   TIMESTAMP WITH TIME ZONE,
    CONSTRAINT outbox_event_pk PRIMARY KEY (id)
);

CREATE INDEX outbox_event_unpublished_idx ON distribution.outbox_event (id) WHERE published_at IS NULL;
