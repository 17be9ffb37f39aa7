-- PostgreSQL: the development plan list across accounts (/development-plans). One partial index on
-- live plans per sort order, so that a page comes from the index whatever the caller reads; the
-- "has overdue milestones" filter is a range on ix_development_plan_live_next_milestone.
create index ix_development_plan_live_period on development_plan (period_start desc, id desc)
    where deleted_at is null;
create index ix_development_plan_live_next_milestone on development_plan (next_milestone_due, id)
    where deleted_at is null;
create index ix_development_plan_live_progress on development_plan (progress, id)
    where deleted_at is null;
create index ix_development_plan_live_title on development_plan (title, id)
    where deleted_at is null;
