-- Metering: play sessions, their heartbeats and the play records aggregated from them.

-- A viewer's playback of one work. Created by playback authorisation (for now by the metering API);
-- closed once, after which its heartbeats are final and a play record exists.
CREATE TABLE distribution.play_session (
    id            UUID                     NOT NULL,
    viewer_id     VARCHAR(200)             NOT NULL,
    work_id       VARCHAR(200)             NOT NULL,
    content_type  VARCHAR(32)              NOT NULL,
    territory     CHAR(2)                  NOT NULL,
    started_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    -- first day of the month the session started in: the heartbeat partition of this session
    session_month DATE                     NOT NULL,
    closed_at     TIMESTAMP WITH TIME ZONE,
    CONSTRAINT play_session_pk PRIMARY KEY (id)
);

CREATE INDEX play_session_open_idx ON distribution.play_session (started_at) WHERE closed_at IS NULL;

-- Append-only heartbeats, range-partitioned by month. All heartbeats of a session go to the month
-- the session started in, so (session_id, sequence) is unique across a month boundary too and a
-- retried heartbeat is recognised by ON CONFLICT DO NOTHING.
CREATE TABLE distribution.heartbeat (
    session_id     UUID                     NOT NULL,
    sequence       INTEGER                  NOT NULL,
    session_month  DATE                     NOT NULL,
    position_ms    BIGINT                   NOT NULL,
    seconds_played INTEGER                  NOT NULL,
    sent_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    received_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT heartbeat_pk PRIMARY KEY (session_id, sequence, session_month)
)
/* [jooq ignore start] */ PARTITION BY RANGE (session_month) /* [jooq ignore stop] */;

/* [jooq ignore start] */
-- Creates the partition holding the month of the given day if it does not exist yet; the server
-- calls it before it opens a session in a month it has not seen.
CREATE FUNCTION distribution.ensure_heartbeat_partition(day DATE) RETURNS TEXT
LANGUAGE plpgsql AS $$
DECLARE
    month_start DATE := date_trunc('month', day)::DATE;
    partition_name TEXT := 'heartbeat_' || to_char(month_start, 'YYYY_MM');
BEGIN
    EXECUTE format(
        'CREATE TABLE IF NOT EXISTS distribution.%I PARTITION OF distribution.heartbeat'
            || ' FOR VALUES FROM (%L) TO (%L)',
        partition_name, month_start, (month_start + INTERVAL '1 month')::DATE);
    RETURN partition_name;
END;
$$;

SELECT distribution.ensure_heartbeat_partition(CURRENT_DATE);
SELECT distribution.ensure_heartbeat_partition((CURRENT_DATE + INTERVAL '1 month')::DATE);
/* [jooq ignore stop] */

-- One per closed session. Flags mark suspected stream manipulation; the record is kept either way
-- and settlement decides what to do with flagged plays.
CREATE TABLE distribution.play_record (
    session_id      UUID                     NOT NULL,
    viewer_id       VARCHAR(200)             NOT NULL,
    work_id         VARCHAR(200)             NOT NULL,
    content_type    VARCHAR(32)              NOT NULL,
    territory       CHAR(2)                  NOT NULL,
    started_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    closed_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    heartbeat_count INTEGER                  NOT NULL,
    seconds_played  BIGINT                   NOT NULL,
    qualified       BOOLEAN                  NOT NULL,
    -- comma-separated PlayFlag names, empty when none
    flags           VARCHAR(200)             NOT NULL,
    CONSTRAINT play_record_pk PRIMARY KEY (session_id)
);

CREATE INDEX play_record_viewer_day_idx ON distribution.play_record (viewer_id, started_at);
