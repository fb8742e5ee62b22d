-- SLA clock pause, warnings, workaround with expected resolution, complaints.

alter table ticket add column paused_since timestamp with time zone;
alter table ticket add column paused_seconds bigint default 0 not null;
alter table ticket add column first_response_warning_at timestamp with time zone;
alter table ticket add column resolution_warning_at timestamp with time zone;
alter table ticket add column expected_resolution_at timestamp with time zone;
alter table ticket add column complaint_count integer default 0 not null;
