-- Choosing an agent reads when each candidate was last given a ticket from the tickets' event
-- logs instead of writing it on the agent's profile: concurrent intakes no longer wait for one
-- another on that row, and a new agent's first tickets insert no profile. Portable SQL: runs on
-- PostgreSQL (schema app) and on H2.

create index ix_ticket_event_assigned on ticket_event (to_value, type, occurred_at);

alter table agent_profile drop column last_assigned_at;
