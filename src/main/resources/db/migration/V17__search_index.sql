-- Articles and tickets are searched in the Hibernate Search index (io.ticketflow.search): the token
-- columns written for the former search, and PostgreSQL's text-search index over them, go.
${postgresql_only}drop index if exists ix_article_search;
alter table article drop column search_title;
alter table article drop column search_body;
