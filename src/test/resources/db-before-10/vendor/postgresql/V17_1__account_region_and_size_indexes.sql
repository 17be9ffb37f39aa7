-- The region filters compare codes now (V17_0), with the status so that the status tabs of a
-- region still count from the index alone (as V2_3's index did for the names); the
-- company-size filter is new (issue 9, item 7) and counts its tabs the same way.
create index ix_account_live_region_code_status on account (province_code, city_code, status)
    where deleted_at is null;
create index ix_account_live_size_band on account (size_band, status) where deleted_at is null;
drop index ix_account_live_region_status;
