-- The newsroom's own rating of a claim, on the scale it configures: a rating with its own
-- rationale, who rated the claim and when. A claim has at most one (checker null);
-- ratings imported from outside checkers stay as they are, several per claim.
alter table claim_rating
  add column rationale text,
  add column rated_by  text,
  add column rated_at  timestamptz;
alter table claim_rating_history
  add column rationale text,
  add column rated_by  text,
  add column rated_at  timestamptz;

create unique index claim_rating_newsroom_idx on claim_rating (claim_id) where checker is null;
-- the search's rating filter and facet read a claim's newsroom rating by its name
create index claim_rating_name_idx on claim_rating (name, claim_id) where checker is null;
