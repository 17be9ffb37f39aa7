-- The keyword search of V13_0 kept up to 43 rows (some 8 KB) per account, seven times the
-- account table, and its capped counts still hashed every row of a common term before the
-- cap stopped them. This replaces it with one narrow row per live account, its search
-- document: the name and the live contacts' names (lower case, one per line), the USCC and
-- the columns the list filters on. One GIN index over the document's tokens answers any
-- keyword with any of those filters as one intersection of posting lists.
--
-- The documents are cut into buckets of consecutive names (account_search_bucket, each
-- bucket from its lower bound up to the next one), so that a page in name order reads the
-- buckets in order until it has enough (DocumentMatch.java) instead of sorting every
-- match. The tokens:
--   every character and every pair of characters of each name line (a keyword of one or
--     two characters is one token; a longer one needs each of its pairs, then LIKE
--     decides), alone and after the bucket and ':';
--   each three characters of the USCC after '#' (a USCC fragment of three or more), and
--     after the bucket and '#';
--   's:', 'u:', 'p:', 'c:', 'i:', 't:', 'o:', 'z:' and the status, urgency, province code,
--     city code, industry, tier, owner id and size band.
-- Counts take the tokens alone (one posting list per token); a bucket's page takes the
-- bucket's own (short lists: a bucket without the keyword costs nothing, where the posting
-- list of the keyword would be read for every bucket). Name tokens are one or two
-- characters long, the others at least three and start with a digit, '#' or a letter and
-- ':' (a name pair such as "p:" is two long): they cannot meet.
-- SearchDocuments.java writes documents and cuts buckets.
create table account_search_bucket (
    bucket      integer      not null primary key,
    lower_bound varchar(200) not null unique
);
insert into account_search_bucket (bucket, lower_bound) values (0, '');

create table account_search_doc (
    account_id    bigint       not null primary key,
    bucket        integer      not null,
    name_key      varchar(200) not null,
    names         text         not null,
    uscc          varchar(18),
    status        varchar(16)  not null,
    province_code varchar(6),
    city_code     varchar(6),
    industry      varchar(100),
    urgency       varchar(16)  not null,
    tier          varchar(1),
    owner_id      bigint,
    size_band     varchar(16)
);

create function kam_search_tokens(names text, uscc text, status text, province_code text, city_code text,
                                  industry text, urgency text, tier text, owner_id bigint, size_band text,
                                  bucket integer) returns text[]
language plpgsql immutable parallel safe
as $$
declare
    tokens text[] := array['s:' || status, 'u:' || urgency];
    line   text;
    n      integer;
begin
    foreach line in array string_to_array(names, E'\n') loop
        n := char_length(line);
        for i in 1 .. n loop
            tokens := tokens || substr(line, i, 1) || (bucket || ':' || substr(line, i, 1));
            if i < n then
                tokens := tokens || substr(line, i, 2) || (bucket || ':' || substr(line, i, 2));
            end if;
        end loop;
    end loop;
    for i in 1 .. coalesce(char_length(uscc), 0) - 2 loop
        tokens := tokens || ('#' || substr(uscc, i, 3)) || (bucket || '#' || substr(uscc, i, 3));
    end loop;
    if province_code is not null then tokens := tokens || ('p:' || province_code); end if;
    if city_code is not null then tokens := tokens || ('c:' || city_code); end if;
    if industry is not null then tokens := tokens || ('i:' || industry); end if;
    if tier is not null then tokens := tokens || ('t:' || tier); end if;
    if owner_id is not null then tokens := tokens || ('o:' || owner_id); end if;
    if size_band is not null then tokens := tokens || ('z:' || size_band); end if;
    return tokens;
end
$$;

-- "Some document has all these tokens", from the index alone: planned apart with sequential
-- scans off, since a plain EXISTS let PostgreSQL read documents computing their tokens until
-- it met one (the index finds only whole bitmaps, which look dearer for a single row)
create function kam_search_has(wanted text[]) returns boolean
language sql stable parallel safe
set enable_seqscan = off
as $$
    select exists (select from account_search_doc e
                   where kam_search_tokens(e.names, e.uscc, e.status, e.province_code, e.city_code, e.industry,
                                           e.urgency, e.tier, e.owner_id, e.size_band, e.bucket) @> wanted)
$$;

-- an archive that has accounts starts with 64 buckets of about equal size
insert into account_search_bucket (bucket, lower_bound)
select t - 1, min(name_key)
from (select name_key, ntile(64) over (order by name_key) as t from account where deleted_at is null) as tiles
where t > 1
group by t
on conflict (lower_bound) do nothing;

insert into account_search_doc (account_id, bucket, name_key, names, uscc, status, province_code, city_code,
                                 industry, urgency, tier, owner_id, size_band)
select a.id,
       (select b.bucket from account_search_bucket b where b.lower_bound <= a.name_key
        order by b.lower_bound desc limit 1),
       a.name_key,
       concat_ws(E'\n', a.name_key, (select string_agg(c.name_key, E'\n' order by c.id) from contact c
                                     where c.account_id = a.id and c.deleted_at is null)),
       a.uscc, a.status, a.province_code, a.city_code, a.industry, a.urgency, a.tier, a.owner_id, a.size_band
from account a
where a.deleted_at is null;

create index ix_account_search_doc_tokens on account_search_doc using gin (
    kam_search_tokens(names, uscc, status, province_code, city_code, industry, urgency, tier, owner_id, size_band,
                      bucket))
    -- every lookup reads the pending list of new entries whole: the default 4 MB (some 600
    -- documents' tokens) cost 10 ms a lookup until VACUUM or a merge emptied it
    with (gin_pending_list_limit = 256);
-- a bucket in name order: cutting reads its names; the page of a common keyword reads its
-- documents until it has enough, from the index alone (a bucket may start with thousands of
-- names without the keyword)
create index ix_account_search_doc_bucket on account_search_doc (bucket, name_key, account_id)
    include (names, uscc, status, province_code, city_code, industry, urgency, tier, owner_id, size_band);
-- an account manager reads their own accounts: the access condition meets the keyword's
-- posting lists in a BitmapAnd
create index ix_account_search_doc_owner on account_search_doc (owner_id);

drop table if exists account_search;
drop function if exists kam_short_grams(text);

analyze account_search_doc;
