-- H2 has neither partial nor trigram indexes: the expiring list uses ix_contract_status_ends
-- (V5_0), keyword search scans the contract titles and numbers.
select 1;
