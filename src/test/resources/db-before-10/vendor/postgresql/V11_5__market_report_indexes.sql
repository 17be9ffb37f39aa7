-- Market reports, PostgreSQL only: every list query says "deleted_at is null", so the list
-- indexes are partial on live reports (see V2_2 for the reasoning), and the title keyword
-- (LIKE '%q%', Chinese or English) uses a trigram index (pg_trgm is created by V2_1).
create index ix_market_report_live_period on market_report (period_end desc, id desc) where deleted_at is null;
create index ix_market_report_live_industry on market_report (industry, period_end desc) where deleted_at is null;
create index ix_market_report_live_region on market_report (province, city, period_end desc) where deleted_at is null;
create index ix_market_report_live_title on market_report (title_key, id) where deleted_at is null;
create index ix_market_report_title_trgm on market_report using gin (title_key gin_trgm_ops);
drop index ix_market_report_period;
drop index ix_market_report_industry;
drop index ix_market_report_region;
drop index ix_market_report_title;
