package org.kam.dataops;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An account with a contact inserted by plain SQL after a demo load, as any later write
 * would be: their ids show whether the identity columns continue after the loaded ids.
 */
final class LaterRows {

	record Ids(long account, long contact) {
	}

	private LaterRows() {
	}

	static Ids insert(JdbcClient jdbc) {
		jdbc.sql("""
				insert into account (name, name_key, status, urgency, created_at, updated_at)
				values ('Later', 'later', 'POTENTIAL', 'CAN_WAIT', current_timestamp, current_timestamp)""").update();
		long account = jdbc.sql("select id from account where name_key = 'later'").query(Long.class).single();
		jdbc.sql("""
				insert into contact (account_id, name, name_key, decision_role, created_at, updated_at)
				values (:id, 'Later', 'later', 'OTHER', current_timestamp, current_timestamp)""")
			.param("id", account)
			.update();
		long contact = jdbc.sql("select id from contact where name_key = 'later'").query(Long.class).single();
		return new Ids(account, contact);
	}

	static void delete(JdbcClient jdbc) {
		jdbc.sql("delete from contact where name_key = 'later'").update();
		jdbc.sql("delete from account where name_key = 'later'").update();
	}

}
