-- PostgreSQL: partial indexes on live communications, so that lists and counts, which all say
-- "deleted_at is null", are answered from the index (see V2_2 for the account table's reasoning).
create index ix_communication_live_account on communication (account_id, occurred_at desc, id desc)
    where deleted_at is null;
create index ix_communication_live_occurred on communication (occurred_at desc, id desc)
    where deleted_at is null;
create index ix_communication_live_channel on communication (channel, occurred_at desc, id desc)
    where deleted_at is null;
-- Open next steps only: done ones and those of deleted records never show on "my day" or in the
-- dueBefore filter, so the index stays as small as the to-do list however long the history.
create index ix_communication_open_next_step on communication (next_step_owner_id, next_step_due, id)
    where next_step_done = false and deleted_at is null and next_step_due is not null;
create index ix_communication_open_next_step_due on communication (next_step_due, id)
    where next_step_done = false and deleted_at is null and next_step_due is not null;

-- Superseded by the partial ones above. ix_communication_account and ix_communication_next_step_owner
-- stay: the foreign keys to account and app_user are checked against every row, deleted or not.
drop index ix_communication_occurred;
drop index ix_communication_channel;
drop index ix_communication_next_step_due;
