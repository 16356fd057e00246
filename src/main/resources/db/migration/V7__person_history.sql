-- People become editable, with history like articles, quotes and claims. Everyone already in the
-- database gets one baseline row, as they are when history begins, so that their first edit shows
-- what it changed rather than a person appearing from nothing.

create table person_history (
  id          bigint not null,
  rev         bigint not null references revision (id) on delete cascade,
  revtype     smallint not null,
  name        text,
  party       text,
  description text,
  status      text,
  primary key (id, rev)
);

with baseline as (
  insert into revision (changed_at, username)
  select now(), 'system' where exists (select from person)
  returning id
)
insert into person_history (id, rev, revtype, name, party, description, status)
select p.id, b.id, 0, p.name, p.party, p.description, p.status
  from person p cross join baseline b;
