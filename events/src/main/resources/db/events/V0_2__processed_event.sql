-- Idempotent consumers: an event id is recorded in the same transaction as the change it causes.
CREATE TABLE processed_event (
    consumer      varchar(100) NOT NULL,
    event_id      varchar(200) NOT NULL,
    event_type    varchar(200),
    topic         varchar(200),
    processed_at  timestamptz  NOT NULL,
    PRIMARY KEY (consumer, event_id)
);
