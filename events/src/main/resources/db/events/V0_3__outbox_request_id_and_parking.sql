-- The request that caused the event, sent as the CloudEvents extension attribute requestid.
ALTER TABLE outbox_event ADD COLUMN request_id varchar(200);

-- A row the broker refuses for good (e.g. too large) is parked after thidua.outbox.max-attempts: the relay skips
-- it and goes on with every other row; an operator sees it in the metric and readiness, and may clear parked_at.
ALTER TABLE outbox_event ADD COLUMN parked_at timestamptz;

DROP INDEX outbox_event_unsent;
CREATE INDEX outbox_event_unsent ON outbox_event (seq) WHERE sent_at IS NULL AND parked_at IS NULL;
CREATE INDEX outbox_event_parked ON outbox_event (seq) WHERE parked_at IS NOT NULL AND sent_at IS NULL;
