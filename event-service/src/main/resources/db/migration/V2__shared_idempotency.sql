-- Idempotency-Key answers now live in service-support's http_idempotency table (Flyway location db/support), one
-- mechanism for every service; this service's own copy is dropped. Answers kept here were for 24 h retries only.
drop table idempotency_record;
