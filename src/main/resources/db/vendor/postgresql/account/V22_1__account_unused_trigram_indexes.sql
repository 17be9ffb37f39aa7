-- V2_1's trigram indexes on the USCC and on contacts' names served the LIKE of the account
-- keyword search; since V21_0 PostgreSQL searches the search documents, and nothing reads
-- these two any more. Each costs every account and contact written a GIN update (a bulk
-- load ran about a quarter slower with them). The one on the account name stays: market
-- reports look accounts up by name with it (MarketReports.searchAccounts).
drop index if exists ix_account_uscc_trgm;
drop index if exists ix_contact_name_trgm;
