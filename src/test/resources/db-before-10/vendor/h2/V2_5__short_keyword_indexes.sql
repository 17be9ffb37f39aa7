-- PostgreSQL indexes short keywords (see db/vendor/postgresql/V2_5); H2 holds demo-sized
-- archives and scans.
select 1;
