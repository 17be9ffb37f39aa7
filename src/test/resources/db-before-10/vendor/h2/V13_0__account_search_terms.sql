-- PostgreSQL keeps a table of name terms for short keywords (see
-- db/vendor/postgresql/V13_0); H2 holds demo-sized archives and scans.
select 1;
