-- A page in name order walks the name buckets and looks each one up by the keyword's keys
-- in that bucket (kinds 2 and 4, V22_0), but by the filters' keys of the whole archive
-- (kind 5): every bucket read its filters' whole posting lists again. At 1,000,000
-- accounts, q=有限公司 with 深圳市 read 90,072 postings in each of the 18 buckets it walked,
-- about 1 ms a bucket, most of them without a match. A filter's key within a bucket
-- (kind 6) lets each bucket read its own few:
--   6 a filter's value within a bucket: its field shifted left by 56 bits, the bucket by
--     38 and 38 bits of the hash of the value. As with kind 5, every query that looks
--     such a key up also compares the document's column.
-- The counts, over every bucket, keep kind 5.
create function kam_filter_key(field integer, value text, bucket integer) returns bigint
language sql immutable parallel safe strict
return (6::bigint << 60) | (field::bigint << 56) | (bucket::bigint << 38)
       | (hashtextextended(value, 0) & ((1::bigint << 38) - 1));

-- the index holds the function's keys: it is built again below, with the new ones
drop index ix_account_search_doc_keys;

create or replace function kam_search_keys(names text, uscc text, status text, province_code text, city_code text,
                                           industry text, urgency text, tier text, owner_id bigint, size_band text,
                                           bucket integer) returns bigint[]
language plpgsql immutable parallel safe
as $$
declare
    keys      bigint[] := array[kam_filter_key(1, status), kam_filter_key(2, urgency),
                                kam_filter_key(1, status, bucket), kam_filter_key(2, urgency, bucket)];
    in_bucket bigint := bucket::bigint << 42;
    line      text;
    c         bigint;
    previous  bigint;
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
    if province_code is not null then
        keys := keys || kam_filter_key(3, province_code) || kam_filter_key(3, province_code, bucket);
    end if;
    if city_code is not null then
        keys := keys || kam_filter_key(4, city_code) || kam_filter_key(4, city_code, bucket);
    end if;
    if industry is not null then
        keys := keys || kam_filter_key(5, industry) || kam_filter_key(5, industry, bucket);
    end if;
    if tier is not null then
        keys := keys || kam_filter_key(6, tier) || kam_filter_key(6, tier, bucket);
    end if;
    if owner_id is not null then
        keys := keys || kam_filter_key(7, owner_id::text) || kam_filter_key(7, owner_id::text, bucket);
    end if;
    if size_band is not null then
        keys := keys || kam_filter_key(8, size_band) || kam_filter_key(8, size_band, bucket);
    end if;
    return keys;
end
$$;

create index ix_account_search_doc_keys on account_search_doc using gin (
    kam_search_keys(names, uscc, status, province_code, city_code, industry, urgency, tier, owner_id, size_band,
                    bucket))
    -- as V21_0's: a lookup reads the pending list whole
    with (gin_pending_list_limit = 256);
