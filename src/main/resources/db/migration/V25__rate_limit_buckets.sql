-- Token buckets of the rate limits (Bucket4j's PostgreSQL proxy manager, select for update), one row
-- per limited client, so that every app instance on this database spends from the same bucket. The
-- state is Bucket4j's own serialised form. expires_at (epoch milliseconds) is when the bucket would
-- be full again and unused for a while: such rows are deleted by a scheduled cleanup, so that the
-- table holds only the clients of the last minutes.
create table rate_limit_bucket (
  id         text primary key,
  state      bytea,
  expires_at bigint
);
create index rate_limit_bucket_expires_at on rate_limit_bucket (expires_at);
