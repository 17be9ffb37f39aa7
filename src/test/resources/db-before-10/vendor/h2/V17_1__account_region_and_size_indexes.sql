-- The region filters compare codes now (V17_0); the company-size filter is new (issue 9, item 7).
drop index ix_account_region;
create index ix_account_region_code on account (province_code, city_code);
create index ix_account_size_band on account (size_band);
