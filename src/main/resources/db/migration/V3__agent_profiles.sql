-- Agent profiles for automatic assignment. Portable SQL: runs on PostgreSQL (schema app) and on H2.

create table agent_profile (
    user_id          varchar(64) not null primary key,
    available        boolean     not null,
    last_assigned_at timestamp with time zone,
    updated_at       timestamp with time zone not null
);

-- a skill is a category or subcategory name; an agent without rows here takes every ticket
create table agent_skill (
    user_id varchar(64) not null references agent_profile (user_id),
    skill   varchar(40) not null,
    primary key (user_id, skill)
);

-- the open load of each agent is counted per assignee and status
create index ix_ticket_assignee on ticket (assignee, status);
