-- Repeated failed sign-ins lock a user for a while (brute-force protection).
alter table app_user add column failed_logins integer not null default 0;
alter table app_user add column locked_until timestamp with time zone;
