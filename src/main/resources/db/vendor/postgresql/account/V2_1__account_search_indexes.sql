-- Keyword search uses LIKE '%q%' on lower-cased columns. Trigram GIN indexes make that
-- an index scan on PostgreSQL; pg_trgm extracts trigrams from Chinese text too when the
-- database's character classification knows CJK letters (C.UTF-8 and the *.UTF-8 locales).
create extension if not exists pg_trgm;
create index ix_account_name_trgm on account using gin (name_key gin_trgm_ops);
create index ix_account_uscc_trgm on account using gin (uscc gin_trgm_ops);
create index ix_contact_name_trgm on contact using gin (name_key gin_trgm_ops);
