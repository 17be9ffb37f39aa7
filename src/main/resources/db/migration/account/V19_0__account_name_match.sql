-- name_match: the account's name in the form under which near-equal spellings of one
-- company meet (SimilarNames); filled for existing accounts by the Java migration V19_1
-- and on every write, so a new account can be warned about an existing one by an index
-- look-up.
alter table account add column name_match varchar(200);
create index ix_account_name_match on account (name_match);
