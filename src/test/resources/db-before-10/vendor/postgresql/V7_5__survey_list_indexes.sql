-- The surveys list across accounts (/surveys, /api/v1/surveys): its two sorts over live surveys, so that a
-- page of the newest (or lowest-scored) surveys is read from the index's start at millions of rows; the
-- date filter reads a range of the first. Lists limited to some accounts (an owner, an account manager's
-- own) go through the accounts and ix_survey_account_date instead.
create index ix_survey_live_date on survey (surveyed_on desc, id desc) where deleted_at is null;
create index ix_survey_live_overall on survey (overall, id) where deleted_at is null;
