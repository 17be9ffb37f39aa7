-- Sign-ins are throttled, never locked (issue 9): a user's failures slow attempts from
-- addresses that have failed before, while a clean address still gets through.
alter table app_user rename column locked_until to throttled_until;

-- Failed sign-ins per client address (an IPv6 address counts by its /64). A row is
-- forgotten (deleted) once its address has been quiet for kam.login.address-memory and
-- is not refused, so the table holds only the recent failures.
create table login_throttle (
    address         varchar(64) primary key,
    failures        integer     not null,
    last_failure_at timestamp with time zone not null,
    refused_until   timestamp with time zone
);
create index ix_login_throttle_last_failure on login_throttle (last_failure_at);
