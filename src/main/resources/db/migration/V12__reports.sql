-- Monthly service desk reports, stored as computed. Portable SQL: runs on PostgreSQL (schema app)
-- and on H2.

create table monthly_report (
    report_month varchar(7)       not null primary key,
    created_at   timestamp with time zone not null,
    payload      varchar(1000000) not null
);
