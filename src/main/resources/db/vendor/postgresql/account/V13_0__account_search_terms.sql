-- Keywords of one or two characters (科技, 王) match up to a tenth of the archive. The GIN
-- gram indexes of V2_5 found those matches, but a page sorted by name still had to read
-- and sort all of them (0.4 s for 科技, 1.4 s for 王 at a million accounts). This table
-- holds, per live account, every character and pair of characters of its name and of its
-- live contacts' names, once each, with the account's name_key: its primary key lists the
-- accounts of a term already in name order, so the first page reads 20 entries and a
-- capped count 10,001 (AccountSearchTerms.java keeps it, Accounts.java reads it). A longer
-- keyword contains each of its pairs: the rows of its rarest pair, in name order, with the
-- keyword checked on name_key in the index, answer it the same way.
-- The account's status rides along (in the index too), so that the status tabs of a
-- keyword count from the index without reading the accounts.
create table account_search (
    term       varchar(2)   not null,
    name_key   varchar(200) not null,
    account_id bigint       not null,
    status     varchar(16)  not null
);

insert into account_search (term, name_key, account_id, status)
select g.term, a.name_key, a.id, a.status
from account a
cross join lateral (select unnest(kam_short_grams(a.name_key))
                    union
                    select unnest(kam_short_grams(c.name_key))
                    from contact c where c.account_id = a.id and c.deleted_at is null) as g(term)
where a.deleted_at is null;

alter table account_search add constraint pk_account_search primary key (term, name_key, account_id)
    include (status);
-- rewriting one account's terms (small: btree deduplication stores each id about once)
create index ix_account_search_account on account_search (account_id);
-- a keyword of three or more characters walks the rows of its rarest pair of characters,
-- chosen from these statistics (AccountSearchTerms.rarestPair): keep many of them
alter table account_search alter column term set statistics 1000;

-- replaced by the table above
drop index if exists ix_account_live_short_grams;
drop index if exists ix_contact_live_short_grams;

analyze account_search;
