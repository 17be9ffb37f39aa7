-- H2 has no partial indexes: the indexes of V8_0 and V8_1 serve.
select 1;
