-- service-support: the first answer to each Idempotency-Key, kept for replay (IdempotencyInterceptor). Written in
-- the transaction of the write itself, so a write and its answer commit together or not at all.
create table http_idempotency (
    caller           varchar(200)   not null,
    idempotency_key  varchar(255)   not null,
    -- SHA-256 of method, path, query and body: the same key for another request is refused (422)
    fingerprint      varchar(64)    not null,
    status           integer        not null,
    location         varchar(2000),
    etag             varchar(200),
    body             text,
    created_at       timestamptz    not null,
    expires_at       timestamptz    not null,
    primary key (caller, idempotency_key)
);

create index ix_http_idempotency_expires on http_idempotency (expires_at);
