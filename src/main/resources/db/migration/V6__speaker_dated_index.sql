-- A speaker's most recent quotes, drafts included (what editors see on a person's page), are read
-- backwards off this index and stop at the page's end; by speaker alone, every quote of a prolific
-- speaker was fetched and sorted first. It also serves every lookup the index it replaces did.
create index quote_speaker_dated_idx on quote (speaker_id, dated_on, id);
drop index quote_speaker_idx;
