-- H2 has no trigram index; keyword search scans account.name_key, which stays well
-- under a second at 100,000 accounts (docs/benchmarks.md). Nothing to create.
select 1;
