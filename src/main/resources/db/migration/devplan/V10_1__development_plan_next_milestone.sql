-- next_milestone_due: the earliest due date of the plan's open (PLANNED, IN_PROGRESS) milestones,
-- computed on save like progress, so that the list across accounts shows, sorts and filters on
-- "next milestone" and "has overdue milestones" from an index instead of the milestone rows.
alter table development_plan add column next_milestone_due date;

update development_plan p set next_milestone_due = (
    select min(m.due_on) from development_plan_milestone m
    where m.plan_id = p.id and m.status in ('PLANNED', 'IN_PROGRESS'));
