-- The H2 twin of this version adds an index on open next steps; PostgreSQL has had its partial
-- one since V4_5.
select 1;
