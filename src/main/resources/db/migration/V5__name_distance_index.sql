-- A word of a search is matched to speakers' names by trigram word similarity. A GiST index answers
-- "the names nearest this word" (ORDER BY word <<-> name) by walking the index; the GIN index it
-- replaces could only answer "names at least this similar", and the planner read the whole table
-- instead, scoring every name.
drop index person_name_trgm_idx;
create index person_name_trgm_idx on person using gist (name gist_trgm_ops);
