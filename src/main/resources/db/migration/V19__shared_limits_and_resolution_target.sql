-- Rate limits every node sees, and the resolution target met by a workaround. Portable SQL: runs
-- on PostgreSQL (schema app) and on H2.

-- Token buckets of the portal's and the login's limits (Bucket4j's JDBC layout): one row per
-- limit and client address or user, the bucket's state serialized by Bucket4j, and when it has
-- filled up again (epoch milliseconds), after which the row may go.
create table rate_limit_bucket (
    id         varchar(300) primary key,
    state      bytea,
    expires_at bigint
);

create index ix_rate_limit_bucket_expires on rate_limit_bucket (expires_at);

-- One user at one client address: failed logins in a row (each next try waits, doubling), and when
-- the user last signed in from there (the address counts as the user's own).
create table login_address (
    user_id         varchar(256) not null,
    client          varchar(64)  not null,
    failures        integer      not null,
    last_failure_at timestamp with time zone,
    signed_in_at    timestamp with time zone,
    primary key (user_id, client)
);

-- Whether a workaround meets the resolution target is the analysts' choice (sla-targets decision),
-- recorded at triage; when the target was met, and how: RESOLVED or WORKAROUND.
alter table ticket add column workaround_meets_resolution boolean default true not null;
alter table ticket add column resolution_target_met_at timestamp with time zone;
alter table ticket add column resolution_target_met_by varchar(20);

update ticket set resolution_target_met_at = resolved_at, resolution_target_met_by = 'RESOLVED'
    where resolved_at is not null;
