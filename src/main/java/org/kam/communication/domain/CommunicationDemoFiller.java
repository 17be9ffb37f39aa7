package org.kam.communication.domain;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.kam.dataops.DemoAccountRef;
import org.kam.dataops.DemoContext;
import org.kam.dataops.DemoFiller;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes the demo communications of each chunk of demo accounts with JDBC batches. The
 * database numbers the communications; their ids are read back by (account, time), which
 * the generator keeps unique per account, to write the participants.
 */
@Component
class CommunicationDemoFiller implements DemoFiller {

	private static final String INSERT = """
			insert into communication (account_id, channel, occurred_at, subject, content, outcome, next_step,
			  next_step_due, next_step_owner_id, next_step_done, created_at, updated_at, created_by, updated_by,
			  version)
			values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""";

	private final JdbcTemplate jdbc;

	CommunicationDemoFiller(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String kind() {
		return DemoCommunications.KIND;
	}

	@Override
	public long fill(List<DemoAccountRef> accounts, DemoContext context) {
		if (accounts.isEmpty()) {
			return 0;
		}
		List<DemoCommunications.Row> rows = new ArrayList<>();
		for (DemoAccountRef account : accounts) {
			rows.addAll(DemoCommunications.of(account, context));
		}
		if (rows.isEmpty()) {
			return 0;
		}
		insertCommunications(rows);
		long first = accounts.get(0).id();
		long last = accounts.get(accounts.size() - 1).id();
		Map<String, Long> ids = new HashMap<>(rows.size() * 2);
		jdbc.query("""
				select id, account_id, occurred_at from communication
				where account_id between ? and ? and deleted_at is null""", rs -> {
			ids.put(key(rs.getLong(2), rs.getObject(3, OffsetDateTime.class)), rs.getLong(1));
		}, first, last);
		List<long[]> users = new ArrayList<>();
		List<long[]> contacts = new ArrayList<>();
		for (DemoCommunications.Row row : rows) {
			long id = ids.get(key(row.accountId(), row.occurredAt()));
			row.userIds().forEach(user -> users.add(new long[] { id, row.accountId(), user }));
			row.contactIds().forEach(contact -> contacts.add(new long[] { id, row.accountId(), contact }));
		}
		insertLinks("insert into communication_user (communication_id, account_id, user_id) values (?, ?, ?)", users);
		insertLinks("insert into communication_contact (communication_id, account_id, contact_id) values (?, ?, ?)",
				contacts);
		return rows.size() + users.size() + contacts.size();
	}

	private static String key(long accountId, OffsetDateTime at) {
		return accountId + "@" + at.toInstant().toEpochMilli();
	}

	private void insertCommunications(List<DemoCommunications.Row> rows) {
		jdbc.batchUpdate(INSERT, new BatchPreparedStatementSetter() {
			@Override
			public void setValues(PreparedStatement ps, int i) throws SQLException {
				DemoCommunications.Row r = rows.get(i);
				ps.setLong(1, r.accountId());
				ps.setString(2, r.channel().name());
				ps.setObject(3, r.occurredAt());
				ps.setString(4, r.subject());
				ps.setString(5, r.content());
				ps.setString(6, r.outcome());
				ps.setString(7, r.nextStep());
				if (r.nextStepDue() == null) {
					ps.setNull(8, Types.DATE);
				}
				else {
					ps.setObject(8, r.nextStepDue(), Types.DATE);
				}
				setLong(ps, 9, r.nextStepOwnerId());
				ps.setBoolean(10, r.nextStepDone());
				ps.setObject(11, r.occurredAt());
				ps.setObject(12, r.occurredAt());
				setLong(ps, 13, r.createdBy());
				setLong(ps, 14, r.createdBy());
			}

			@Override
			public int getBatchSize() {
				return rows.size();
			}
		});
	}

	private void insertLinks(String sql, List<long[]> links) {
		if (links.isEmpty()) {
			return;
		}
		jdbc.batchUpdate(sql, new BatchPreparedStatementSetter() {
			@Override
			public void setValues(PreparedStatement ps, int i) throws SQLException {
				long[] link = links.get(i);
				ps.setLong(1, link[0]);
				ps.setLong(2, link[1]);
				ps.setLong(3, link[2]);
			}

			@Override
			public int getBatchSize() {
				return links.size();
			}
		});
	}

	private static void setLong(PreparedStatement ps, int index, Long value) throws SQLException {
		if (value == null) {
			ps.setNull(index, Types.BIGINT);
		}
		else {
			ps.setLong(index, value);
		}
	}

}
