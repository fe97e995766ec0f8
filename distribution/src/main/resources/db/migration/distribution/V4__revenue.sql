-- Revenue events received from payment providers as signed webhooks. (provider, event_id) is the
-- idempotency key; payload_sha256 tells a replay (same body) from a conflicting reuse of the id.
CREATE TABLE distribution.revenue_event (
    provider         VARCHAR(64)              NOT NULL,
    event_id         VARCHAR(200)             NOT NULL,
    event_type       VARCHAR(32)              NOT NULL,
    territory        CHAR(2)                  NOT NULL,
    currency         CHAR(3)                  NOT NULL,
    amount_minor     BIGINT                   NOT NULL,
    occurred_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    billing_country  CHAR(2)                  NOT NULL,
    ip_country       CHAR(2),
    payment_country  CHAR(2),
    payload_sha256   VARCHAR(64)              NOT NULL,
    received_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT revenue_event_pk PRIMARY KEY (provider, event_id),
    CONSTRAINT revenue_event_amount_positive CHECK (amount_minor > 0)
);
