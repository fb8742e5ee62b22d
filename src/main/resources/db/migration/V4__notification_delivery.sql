-- Delivery of the notification outbox. Portable SQL: runs on PostgreSQL (schema app) and on H2.

-- The requester's preferred language (a BCP 47 tag such as en or zh-CN); null means unknown.
alter table ticket add column language varchar(35);

-- Who a notification is for: the requester, or staff (a user, a group, or a group's managers).
alter table notification add column audience varchar(20) default 'REQUESTER' not null;
alter table notification add column audience_id varchar(64);

-- The language the message is written in.
alter table notification add column language varchar(35) default 'en' not null;

-- Staff notifications go to several addresses, separated by ", ".
alter table notification alter column recipient set data type varchar(4000);

-- The HTML alternative of the plain-text body; null for rows queued before this migration.
alter table notification add column body_html varchar(100000);

-- Delivery state: PENDING -> SENDING (claimed by one dispatcher) -> SENT, or back to PENDING after
-- a failed attempt, or FAILED when the message can never be delivered (no usable address).
alter table notification add column status varchar(20) default 'PENDING' not null;
alter table notification add column attempts integer default 0 not null;
alter table notification add column last_error varchar(1000);
alter table notification add column claim_token varchar(36);
alter table notification add column claimed_at timestamp with time zone;
alter table notification add column sent_at timestamp with time zone;

-- Rows queued before delivery existed are not sent late: they stay readable in the app.
update notification
   set status = 'FAILED',
       last_error = 'queued before e-mail delivery existed; not sent'
 where status = 'PENDING';

create index ix_notification_status on notification (status, created_at);
