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

-- Each person's baseline is a revision of its own, dated and signed as the person was created.
do $$
declare
  p record;
  r bigint;
begin
  for p in select * from person order by id loop
    insert into revision (changed_at, username) values (p.created_at, coalesce(p.created_by, 'system'))
    returning id into r;
    insert into person_history (id, rev, revtype, name, party, description, status)
    values (p.id, r, 0, p.name, p.party, p.description, p.status);
  end loop;
end
$$;
