-- A migration that a later version of the app would bring: PendingMigrationsTest reads it as pending,
-- and never applies it.
create table later_version (id bigint primary key);
