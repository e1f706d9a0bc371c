-- The audit trail of accepted writes (service-support's AuditTrail). Append-only: the database itself refuses
-- UPDATE, DELETE and TRUNCATE, whatever the application (or a person with its credentials) tries.
create table audit_entry (
    id            bigserial primary key,
    occurred_at   timestamptz not null default clock_timestamp(),
    service       varchar(64)  not null,
    subject       varchar(255) not null,
    role          varchar(64),
    unit_claim    varchar(64),
    cluster_claim varchar(64),
    action        varchar(128) not null,
    resource_type varchar(64)  not null,
    resource_id   varchar(255),
    request_id    varchar(128),
    outcome       varchar(64)  not null
);
create index audit_entry_resource on audit_entry (resource_type, resource_id, occurred_at);
create index audit_entry_subject on audit_entry (subject, occurred_at);

create function audit_entry_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_entry is append-only: % refused', tg_op using errcode = 'insufficient_privilege';
end;
$$;
create trigger audit_entry_no_update_or_delete before update or delete on audit_entry
    for each row execute function audit_entry_append_only();
create trigger audit_entry_no_truncate before truncate on audit_entry
    for each statement execute function audit_entry_append_only();
-- Roles other than the owner (e.g. a read-only or application role in production) may only read and append.
revoke update, delete, truncate on audit_entry from public;
