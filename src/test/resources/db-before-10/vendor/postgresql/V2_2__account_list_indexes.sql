-- Indexes for the account list and its counts, PostgreSQL only (H2 keeps the indexes of V2_0).
--
-- Every list and count query of the account module says "a.deleted_at is null". An index that
-- does not hold deleted_at cannot answer that by itself, so counting N matching accounts visited
-- N heap rows (count(*) of 1,000,000 accounts: a parallel sequential scan, ~400 ms). Partial
-- indexes on live accounts carry the condition in their definition: the planner counts with an
-- index-only scan (the visibility map, kept by autovacuum, spares the heap) and a deleted
-- account drops out of them. See docs/benchmarks.md.
--
-- The pairs are those the filters and the default sort (by name) combine: a filter column
-- first, then name_key where the page is read in name order straight from the index.
create index ix_account_live_name on account (name_key, id) where deleted_at is null;
create index ix_account_live_owner on account (owner_id, name_key) where deleted_at is null;
create index ix_account_live_status on account (status, name_key) where deleted_at is null;
create index ix_account_live_region on account (province, city) where deleted_at is null;
create index ix_account_live_industry on account (industry, status) where deleted_at is null;
create index ix_account_live_tier on account (tier) where deleted_at is null;
create index ix_account_live_urgency on account (urgency) where deleted_at is null;

-- Superseded here: the same leading columns, and no query reads them without
-- "deleted_at is null". Kept: ix_account_owner (the foreign key to app_user is checked
-- against deleted accounts too), ix_account_updated, ux_account_uscc_live and the
-- trigram indexes of V2_1 (the keyword branches look up ids whether live or not; the
-- outer query drops deleted accounts).
drop index ix_account_name_key;
drop index ix_account_status;
drop index ix_account_region;
drop index ix_account_industry;
drop index ix_account_tier;
drop index ix_account_urgency;
