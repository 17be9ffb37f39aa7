-- H2 has no partial indexes: the portable indexes of V4_0 serve the embedded database.
select 1;
