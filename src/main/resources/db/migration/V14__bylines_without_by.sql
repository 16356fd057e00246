-- A byline is the writer's name: pages print "By" before it and citations "quoted in", so one typed as
-- "By Dana Whitfield" read "By By Dana Whitfield". Such bylines lose their leading "By " (or "By: "), and one
-- left empty is none, as the app now stores them.
--
-- History keeps what was typed: each changed article gets one more row, as it is now, in a revision of its own
-- signed 'system' (as the person history baseline is), so its history shows the change and who made it. Its
-- version moves on, so an edit or an If-Match made before it is not taken as made after.
do $$
declare
  r bigint;
begin
  if exists (select from article where byline ~* '^\s*by(:|\s)') then
    insert into revision (changed_at, username) values (now(), 'system') returning id into r;
    with changed as (
      update article
         set byline = nullif(btrim(regexp_replace(byline, '^\s*by(:|\s)\s*', '', 'i')), ''),
             version = version + 1,
             updated_at = now()
       where byline ~* '^\s*by(:|\s)'
      returning *
    )
    insert into article_history (id, rev, revtype, outlet_id, title, byline, published_on, url, body, body_revision,
                                 status)
    select id, r, 1, outlet_id, title, byline, published_on, url, body, body_revision, status from changed;
  end if;
end
$$;
