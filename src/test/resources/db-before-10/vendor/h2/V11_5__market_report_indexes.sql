-- H2 keeps the indexes of V11_0 (no partial or trigram indexes); the title keyword scans title_key.
select 1;
