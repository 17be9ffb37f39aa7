-- PostgreSQL: the open complaints the breach job and the breaching filter look at, without the
-- closed history (the large majority) in the index.
create index ix_complaint_open_response_due on complaint (response_due_at)
    where deleted_at is null and responded_at is null and status in ('OPEN', 'IN_PROGRESS');
create index ix_complaint_open_resolution_due on complaint (resolution_due_at)
    where deleted_at is null and status in ('OPEN', 'IN_PROGRESS');
