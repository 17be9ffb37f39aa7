-- Keywords of one or two characters (科技, 王) give pg_trgm no trigram to look up, so they
-- scanned every account and contact (about 3 s at a million accounts). Every character and
-- every pair of characters of a name, as an array under a GIN index, answers them:
-- "name contains 科技" is exactly "科技 is one of the name's pairs". Accounts.java uses
-- these indexes for keywords of one or two characters and pg_trgm for longer ones.
create function kam_short_grams(s text) returns text[]
language sql immutable strict parallel safe
as $$
  select coalesce(array_agg(distinct g), '{}')
  from (select substr(s, i, 1) as g from generate_series(1, char_length(s)) as i
        union
        select substr(s, i, 2) from generate_series(1, char_length(s) - 1) as i) as grams
$$;

create index ix_account_live_short_grams on account using gin (kam_short_grams(name_key)) where deleted_at is null;
create index ix_contact_live_short_grams on contact using gin (kam_short_grams(name_key)) where deleted_at is null;
