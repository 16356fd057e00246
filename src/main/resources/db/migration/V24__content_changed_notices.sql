-- Every change to what readers' pages show tells the apps listening on channel
-- content_changed, once per table and transaction, when the transaction commits: each app
-- instance then drops the pages it keeps rendered (system/PageCache), whichever instance or
-- tool made the change.
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
  foreach name in array array['article', 'candidacy', 'claim', 'claim_appearance', 'claim_rating',
      'claim_topic', 'evidence', 'outlet', 'person', 'quote', 'race', 'topic'] loop
    execute format('create trigger %I after insert or update or delete or truncate on %I '
        'for each statement execute function notify_content_changed()', name || '_changed', name);
  end loop;
end;
$$;
