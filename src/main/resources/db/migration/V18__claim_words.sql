-- The claim list finds claims by the words of their statement: by stem (full text) and, for
-- typos, by trigram likeness, each from an index rather than a scan.
create index claim_statement_words_idx on claim using gin (to_tsvector('english', statement));
create index claim_statement_trigram_idx on claim using gin (lower(statement) gin_trgm_ops);
