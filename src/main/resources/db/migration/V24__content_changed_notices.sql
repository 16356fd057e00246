-- Every committed change to what readers' pages show tells the apps listening on channel
-- content_changed (once per table and transaction: PostgreSQL folds equal notices), and each app
-- instance then drops the pages it keeps rendered (system/PageCache), whichever instance or tool made
-- the change. A row readers never saw and still do not see (a draft) changes no page, so drafts come
-- and go without a notice; the tables that join others have no state of their own and always tell.
create function notify_content_changed() returns trigger
language plpgsql as $$
begin
  perform pg_notify('content_changed', tg_table_name);
  return null;
end;
$$;

do $$
declare
  name text;
begin
  foreach name in array array['article', 'claim', 'claim_appearance', 'claim_rating', 'evidence', 'outlet',
      'person', 'quote', 'race', 'topic'] loop
    execute format('create trigger %I after insert on %I for each row when (new.status = ''PUBLISHED'') '
        'execute function notify_content_changed()', name || '_published', name);
    execute format('create trigger %I after update on %I for each row '
        'when (old.status = ''PUBLISHED'' or new.status = ''PUBLISHED'') '
        'execute function notify_content_changed()', name || '_changed', name);
    execute format('create trigger %I after delete on %I for each row when (old.status = ''PUBLISHED'') '
        'execute function notify_content_changed()', name || '_removed', name);
    execute format('create trigger %I after truncate on %I for each statement '
        'execute function notify_content_changed()', name || '_emptied', name);
  end loop;
  foreach name in array array['candidacy', 'claim_topic'] loop
    execute format('create trigger %I after insert or update or delete or truncate on %I '
        'for each statement execute function notify_content_changed()', name || '_changed', name);
  end loop;
end;
$$;
