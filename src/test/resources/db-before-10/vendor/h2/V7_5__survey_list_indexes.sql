-- The surveys list across accounts: its two sorts (H2 has no partial indexes; see the PostgreSQL file).
create index ix_survey_live_date on survey (surveyed_on desc, id desc);
create index ix_survey_live_overall on survey (overall, id);
