-- Quote search: a weighted full-text vector on every quote, the date a quote counts as said (its own
-- date or else its article's), and whether readers may find it, kept on the quote row so that one
-- index answers a search without joining first.

-- Apostrophes vanish before parsing, so "here's", "here’s" and "heres" index alike; other quote
-- marks are punctuation to the parser already.
create function search_fold(t text) returns text
  language sql immutable strict parallel safe
  return translate(t, '''’‘ʼ‛`´′', '');

alter table quote add column search_vector tsvector generated always as (
  setweight(to_tsvector('english', search_fold(exact)), 'A') ||
  setweight(to_tsvector('english', search_fold(coalesce(context, ''))), 'C')) stored;

alter table quote add column dated_on date;
alter table quote add column listed boolean not null default false;

update quote q
   set dated_on = coalesce(q.said_on, a.published_on),
       listed = q.status = 'PUBLISHED' and a.status = 'PUBLISHED'
  from article a
 where a.id = q.article_id;

alter table quote alter column dated_on set not null;

create function quote_search_columns() returns trigger
  language plpgsql as $$
begin
  select coalesce(new.said_on, a.published_on), new.status = 'PUBLISHED' and a.status = 'PUBLISHED'
    into new.dated_on, new.listed
    from article a
   where a.id = new.article_id;
  return new;
end
$$;

create trigger quote_search_columns
  before insert or update of said_on, article_id, status on quote
  for each row execute function quote_search_columns();

create function article_search_columns() returns trigger
  language plpgsql as $$
begin
  update quote
     set dated_on = coalesce(said_on, new.published_on),
         listed = status = 'PUBLISHED' and new.status = 'PUBLISHED'
   where article_id = new.id;
  return null;
end
$$;

create trigger article_search_columns
  after update of published_on, status on article
  for each row
  when (old.published_on is distinct from new.published_on or old.status is distinct from new.status)
  execute function article_search_columns();

create index quote_search_vector_idx on quote using gin (search_vector);
-- The most recent hits of a search: by date alone, or for the speakers of a speaker or party filter.
-- A word's GIN bitmap ANDed with a date range finds them without reading older rows (see QuoteSearch).
create index quote_listed_dated_idx on quote (dated_on, id) where listed;
create index quote_listed_speaker_dated_idx on quote (speaker_id, dated_on) where listed;
