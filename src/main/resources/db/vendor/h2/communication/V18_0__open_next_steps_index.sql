-- "My day" counts and lists one user's OPEN next steps by due date (overdue, today, the coming
-- week). H2 has no partial indexes (PostgreSQL has ix_communication_open_next_step, V4_5): with
-- next_step_done between the owner and the date, a count of the overdue ones reads only the
-- open ones, however many done steps the user has behind them.
create index ix_communication_open_next_step on communication (next_step_owner_id, next_step_done, next_step_due);
