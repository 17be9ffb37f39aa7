-- H2 has no partial indexes: the same orders as the PostgreSQL ones, over every row.
create index ix_development_plan_period on development_plan (period_start, id);
create index ix_development_plan_next_milestone on development_plan (next_milestone_due, id);
create index ix_development_plan_progress on development_plan (progress, id);
create index ix_development_plan_title on development_plan (title, id);
