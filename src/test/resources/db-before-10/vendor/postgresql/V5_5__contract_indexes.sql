-- PostgreSQL only: the expiring list reads live active contracts by end date, keyword
-- search is LIKE '%q%' on the lower-cased title and the upper-cased number (trigrams,
-- Chinese included; pg_trgm is created by V2_1).
create extension if not exists pg_trgm;
create index ix_contract_expiring on contract (ends_on, id) where status = 'ACTIVE' and deleted_at is null;
create index ix_contract_title_trgm on contract using gin (title_key gin_trgm_ops);
create index ix_contract_number_trgm on contract using gin (number_live gin_trgm_ops);
