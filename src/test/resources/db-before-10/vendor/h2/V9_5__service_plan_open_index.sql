-- H2 has no partial indexes; ix_service_plan_status_due serves the open items.
select 1;
