-- "My day" lists the most recently changed accounts, all or one owner's, newest first: without an
-- index in that order PostgreSQL walked the whole updated_at index looking for the owner's rows
-- (4.7 s for an owner with no account at 1,000,000 accounts). The region index gains the status so
-- that the list's status tabs count a region's accounts from the index alone.
create index ix_account_live_updated on account (updated_at desc, id desc) where deleted_at is null;
create index ix_account_live_owner_updated on account (owner_id, updated_at desc, id desc) where deleted_at is null;
create index ix_account_live_region_status on account (province, city, status) where deleted_at is null;
drop index ix_account_live_region;
