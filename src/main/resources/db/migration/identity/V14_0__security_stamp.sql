-- What a signed-in session was granted holds only while this number is unchanged: it is
-- raised when a user is disabled or enabled, their roles change or their password is
-- reset, and every request of a session compares it with the one read at sign-in.
alter table app_user add column security_stamp bigint not null default 0;
