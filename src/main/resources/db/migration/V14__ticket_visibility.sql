-- Which staff see a ticket and its internal notes. Portable SQL: runs on PostgreSQL (schema app)
-- and on H2.

-- Every support group a ticket was ever routed to (triage, escalation, re-queueing): agents see
-- the tickets of their groups, also after the ticket moved on.
create table ticket_group (
    ticket_id bigint      not null references ticket (id),
    group_id  varchar(64) not null,
    primary key (ticket_id, group_id)
);

create index ix_ticket_group_group on ticket_group (group_id);

-- Tickets from before this migration: the group that has them now...
insert into ticket_group (ticket_id, group_id)
select id, candidate_group from ticket where candidate_group is not null;

-- ...and the groups they were escalated from (the log's "<group> (tier <n>)").
insert into ticket_group (ticket_id, group_id)
select distinct e.ticket_id, substring(e.from_value from 1 for position(' (' in e.from_value) - 1)
from ticket_event e
where e.type = 'ESCALATED'
  and position(' (' in e.from_value) > 1
  and e.from_value not like '?%'
  and not exists (
    select 1 from ticket_group g
    where g.ticket_id = e.ticket_id
      and g.group_id = substring(e.from_value from 1 for position(' (' in e.from_value) - 1));

-- The Camunda groups of an internal note's author when it was written, comma separated; agents
-- read the notes of their own groups. Null for notes written by the application itself, by
-- requesters, and for notes from before this migration (those only their author and the
-- overseeing groups read).
alter table ticket_comment add column author_groups varchar(1000);
