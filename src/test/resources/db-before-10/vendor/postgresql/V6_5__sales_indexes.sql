-- Live orders only, newest first, for the lists' default order; trigram index for "product contains"
-- (pg_trgm is created by V2_1 and extracts trigrams from Chinese text too).
create index ix_sales_order_live_account_date on sales_order (account_id, order_date desc, id desc) where deleted_at is null;
create index ix_sales_order_live_date on sales_order (order_date desc, id desc) where deleted_at is null;
create index ix_sales_order_live_salesperson_date on sales_order (salesperson_id, order_date desc, id desc) where deleted_at is null;
create index ix_sales_line_product_trgm on sales_line using gin (product_key gin_trgm_ops);
