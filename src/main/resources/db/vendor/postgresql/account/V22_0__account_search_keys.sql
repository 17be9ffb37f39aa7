-- V21_0 indexed every search document's tokens as text: some 140 strings per account,
-- each compared through the database's collation. Maintaining that GIN index cost about
-- 0.6 ms per account written (a bulk load ran at 1,400 accounts/s) and building it from
-- scratch 0.35 ms. The same tokens as 64-bit integers, one to one, compare as numbers:
-- writing and building cost about a third, and the index is a quarter smaller.
--
-- A key is the token's kind in bits 60 to 62 and its value below (SearchKeys.java
-- computes the same keys for a keyword):
--   1 a name's character or pair of characters: the code point, or the first code point
--     shifted left by 21 bits and the second;
--   2 the same after the bucket: and the bucket shifted left by 42 bits;
--   3 three characters of the USCC (ASCII), seven bits each;
--   4 the same after the bucket, as 2;
--   5 a filter's value: its field (1 status, 2 urgency, 3 province code, 4 city code,
--     5 industry, 6 tier, 7 owner id, 8 size band) shifted left by 52 bits and 52 bits of
--     the value's hash. Two values may share a hash: every query that looks up a filter's
--     key also compares the document's column (DocumentMatch.java).
-- A bucket above 2^18 - 1 would overflow its 18 bits: cutting buckets stops well before
-- (SearchDocuments.java adds a few hundred at most), and kam_search_keys refuses one.
-- PostgreSQL gives <<, & and | the same precedence, left to right: hence the parentheses.
create function kam_filter_key(field integer, value text) returns bigint
language sql immutable parallel safe strict
return (5::bigint << 60) | (field::bigint << 52) | (hashtextextended(value, 0) & ((1::bigint << 52) - 1));

create function kam_search_keys(names text, uscc text, status text, province_code text, city_code text,
                                industry text, urgency text, tier text, owner_id bigint, size_band text,
                                bucket integer) returns bigint[]
language plpgsql immutable parallel safe
as $$
declare
    keys     bigint[] := array[kam_filter_key(1, status), kam_filter_key(2, urgency)];
    in_bucket bigint := bucket::bigint << 42;
    line     text;
    c        bigint;
    previous bigint;
begin
    if bucket < 0 or bucket >= 262144 then
        raise exception 'search bucket % is out of range', bucket;
    end if;
    foreach line in array string_to_array(names, E'\n') loop
        previous := 0;
        for i in 1 .. char_length(line) loop
            c := ascii(substr(line, i, 1));
            keys := keys || ((1::bigint << 60) | c) || ((2::bigint << 60) | in_bucket | c);
            if previous > 0 then
                keys := keys || ((1::bigint << 60) | (previous << 21) | c)
                             || ((2::bigint << 60) | in_bucket | (previous << 21) | c);
            end if;
            previous := c;
        end loop;
    end loop;
    for i in 1 .. coalesce(char_length(uscc), 0) - 2 loop
        c := (ascii(substr(uscc, i, 1))::bigint << 14) | (ascii(substr(uscc, i + 1, 1))::bigint << 7)
             | ascii(substr(uscc, i + 2, 1));
        keys := keys || ((3::bigint << 60) | c) || ((4::bigint << 60) | in_bucket | c);
    end loop;
    if province_code is not null then keys := keys || kam_filter_key(3, province_code); end if;
    if city_code is not null then keys := keys || kam_filter_key(4, city_code); end if;
    if industry is not null then keys := keys || kam_filter_key(5, industry); end if;
    if tier is not null then keys := keys || kam_filter_key(6, tier); end if;
    if owner_id is not null then keys := keys || kam_filter_key(7, owner_id::text); end if;
    if size_band is not null then keys := keys || kam_filter_key(8, size_band); end if;
    return keys;
end
$$;

drop function kam_search_has(text[]);

-- as V21_0's, over the keys
create function kam_search_has(wanted bigint[]) returns boolean
language sql stable parallel safe
set enable_seqscan = off
as $$
    select exists (select from account_search_doc e
                   where kam_search_keys(e.names, e.uscc, e.status, e.province_code, e.city_code, e.industry,
                                         e.urgency, e.tier, e.owner_id, e.size_band, e.bucket) @> wanted)
$$;

drop index ix_account_search_doc_tokens;
drop function kam_search_tokens(text, text, text, text, text, text, text, text, bigint, text, integer);

create index ix_account_search_doc_keys on account_search_doc using gin (
    kam_search_keys(names, uscc, status, province_code, city_code, industry, urgency, tier, owner_id, size_band,
                    bucket))
    -- as V21_0's: a lookup reads the pending list whole
    with (gin_pending_list_limit = 256);

-- A filter's key is a hash: the queries compare the filtered column too, and PostgreSQL
-- then counts each filter twice in its estimate and, for the fewer rows it expects, planned
-- a capped count as a parallel bitmap scan (100 ms where one process takes 28 ms on two
-- cores, and the other requests wait for the workers). These lookups stay in one process.
alter table account_search_doc set (parallel_workers = 0);
