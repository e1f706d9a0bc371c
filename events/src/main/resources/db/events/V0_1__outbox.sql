-- Transactional outbox: written in the same transaction as the state change, published by OutboxRelay.
CREATE TABLE outbox_event (
    id            uuid         PRIMARY KEY,          -- the CloudEvents id
    seq           bigserial    NOT NULL UNIQUE,      -- publication order
    topic         varchar(200) NOT NULL,
    record_key    varchar(300) NOT NULL,             -- the aggregate id; Kafka keeps one key's events in order
    type          varchar(200) NOT NULL,
    source        varchar(200) NOT NULL,
    subject       varchar(300),
    data_schema   varchar(300),
    payload       text         NOT NULL,
    created_at    timestamptz  NOT NULL,
    sent_at       timestamptz,
    attempts      integer      NOT NULL DEFAULT 0,
    last_error    varchar(1000)
);

-- The relay scans only what is still to send, in order.
CREATE INDEX outbox_event_unsent ON outbox_event (seq) WHERE sent_at IS NULL;
CREATE INDEX outbox_event_sent_at ON outbox_event (sent_at) WHERE sent_at IS NOT NULL;
