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

-- Imports before this one kept a newsroom rating per review address; the latest stays, the
-- others remain in claim_rating_history.
delete from claim_rating r
 where r.checker is null
   and exists (select from claim_rating n where n.claim_id = r.claim_id and n.checker is null
                 and (n.updated_at, n.id) > (r.updated_at, r.id));
create unique index claim_rating_newsroom_idx on claim_rating (claim_id) where checker is null;
-- the search's rating filter and facet read a claim's newsroom rating by its name
create index claim_rating_name_idx on claim_rating (name, claim_id) where checker is null;
