-- The open items (the overdue and upcoming lists) by due date, without the done and
-- cancelled ones that pile up over the years.
create index ix_service_plan_open_due on service_plan (next_due_on, id)
    where deleted_at is null and status in ('PLANNED', 'IN_PROGRESS');
