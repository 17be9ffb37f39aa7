-- Live accounts per status and tier, kept in the same transaction as every account write,
-- so that the unfiltered list and "my day" of those who read every account show exact
-- counts without counting a million rows. One row per (status, tier) pair, all present
-- from the start: writers only ever update. tier_key '-' stands for "no tier".
create table account_tally (
    status   varchar(16) not null,
    tier_key varchar(1)  not null,
    n        bigint      not null,
    primary key (status, tier_key)
);
insert into account_tally (status, tier_key, n)
select s.status, t.tier_key,
       (select count(*) from account a
        where a.deleted_at is null and a.status = s.status and coalesce(a.tier, '-') = t.tier_key)
from (select 'COOPERATING' as status union all select 'INTENDED' union all select 'POTENTIAL'
      union all select 'TERMINATED') s
cross join (select 'A' as tier_key union all select 'B' union all select 'C' union all select '-') t;
