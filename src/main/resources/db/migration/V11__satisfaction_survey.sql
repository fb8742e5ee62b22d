-- The satisfaction survey after closing: when the requester rated, and when an unanswered survey
-- ended (no rating is taken after that).

alter table ticket add column rated_at timestamp with time zone;
alter table ticket add column survey_closed_at timestamp with time zone;

update ticket set rated_at = updated_at where rating is not null;

create index ix_ticket_rated_at on ticket (rated_at);
