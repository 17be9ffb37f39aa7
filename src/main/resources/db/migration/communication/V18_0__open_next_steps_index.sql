-- "My day" counts and lists one user's OPEN next steps by due date (overdue, today, the coming
-- week). With next_step_done between the owner and the date, a count of the overdue ones reads
-- only the open ones, however many done steps the user has behind them. (H2 has no partial
-- indexes, so the flag is a key column rather than a WHERE of the index.)
create index ix_communication_open_next_step on communication (next_step_owner_id, next_step_done, next_step_due);
