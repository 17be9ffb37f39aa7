-- H2 has no trigram index: keyword search scans account.name_key and contact.name_key. That suits the
-- embedded database of a small team; PostgreSQL (with pg_trgm) is the database for scale.
select 1;
