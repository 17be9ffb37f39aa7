package org.kam.dataops;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes demo accounts and contacts with JDBC batches and ids chosen here: contacts need
 * their account's id, and asking the database for each generated key would cost a round
 * trip per row. The identity columns are moved past the chosen ids afterwards.
 */
@Component
class DemoRows {

	private static final String INSERT_ACCOUNT = """
			insert into account (id, name, name_key, uscc, uscc_live, industry, province, city, size_band, address,
			  website, status, urgency, tier, owner_id, tags, needs, preferences, notes,
			  created_at, updated_at, created_by, updated_by, province_code, city_code, version)
			values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""";

	private static final String INSERT_CONTACT = """
			insert into contact (id, account_id, name, name_key, title, decision_role, phone, email, birthday,
			  preferences, is_primary, created_at, updated_at, created_by, updated_by, version)
			values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""";

	private final JdbcTemplate jdbc;

	DemoRows(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	boolean noAccounts() {
		return jdbc.queryForList("select id from account limit 1", Long.class).isEmpty();
	}

	long nextId(String table) {
		return jdbc.queryForObject("select coalesce(max(id), 0) + 1 from " + table, Long.class);
	}

	/**
	 * Identity columns otherwise hand out ids the loader already used. The syntax suits
	 * H2 and PostgreSQL.
	 */
	void restartIdentity(String table, long nextId) {
		jdbc.execute("alter table " + table + " alter column id restart with " + nextId);
	}

	/**
	 * Inserts the accounts from {@code firstAccountId} on and their contacts from
	 * {@code firstContactId} on.
	 */
	/** Accounts with ids in [from, to] and their live contacts, for the fillers. */
	List<DemoAccountRef> accountRefs(long from, long to) {
		Map<Long, List<Long>> contacts = new HashMap<>();
		jdbc.query(
				"select id, account_id from contact where account_id between ? and ? and deleted_at is null order by id",
				rs -> {
					contacts.computeIfAbsent(rs.getLong(2), k -> new ArrayList<>()).add(rs.getLong(1));
				}, from, to);
		return jdbc.query("""
				select id, name, owner_id, status, tier, industry, province, city, created_at from account
				where id between ? and ? and deleted_at is null order by id""",
				(rs, row) -> new DemoAccountRef(rs.getLong("id"), rs.getString("name"),
						rs.getObject("owner_id", Long.class), rs.getString("status"), rs.getString("tier"),
						rs.getString("industry"), rs.getString("province"), rs.getString("city"),
						rs.getObject("created_at", OffsetDateTime.class),
						contacts.getOrDefault(rs.getLong("id"), List.of())),
				from, to);
	}

	int insert(List<DemoAccount> accounts, long firstAccountId, long firstContactId, List<Long> ownerIds) {
		jdbc.batchUpdate(INSERT_ACCOUNT, new BatchPreparedStatementSetter() {
			@Override
			public void setValues(PreparedStatement ps, int i) throws SQLException {
				DemoAccount a = accounts.get(i);
				Long owner = a.owner() == null ? null : ownerIds.get(a.owner());
				ps.setLong(1, firstAccountId + i);
				ps.setString(2, a.name());
				ps.setString(3, a.name().trim().toLowerCase(Locale.ROOT));
				ps.setString(4, a.uscc());
				ps.setString(5, a.uscc());
				ps.setString(6, a.industry());
				ps.setString(7, a.province());
				ps.setString(8, a.city());
				ps.setString(9, a.sizeBand() == null ? null : a.sizeBand().name());
				ps.setString(10, a.address());
				ps.setString(11, a.website());
				ps.setString(12, a.status().name());
				ps.setString(13, a.urgency().name());
				ps.setString(14, a.tier() == null ? null : a.tier().name());
				setLong(ps, 15, owner);
				ps.setString(16, a.tags().isEmpty() ? null : String.join(",", a.tags()));
				ps.setString(17, a.needs());
				ps.setString(18, a.preferences());
				ps.setString(19, a.notes());
				ps.setObject(20, a.createdAt());
				ps.setObject(21, a.updatedAt());
				setLong(ps, 22, owner);
				setLong(ps, 23, owner);
				ps.setString(24, a.provinceCode());
				ps.setString(25, a.cityCode());
			}

			@Override
			public int getBatchSize() {
				return accounts.size();
			}
		});
		List<ContactRow> contacts = contactRows(accounts, firstAccountId, ownerIds);
		jdbc.batchUpdate(INSERT_CONTACT, new BatchPreparedStatementSetter() {
			@Override
			public void setValues(PreparedStatement ps, int i) throws SQLException {
				ContactRow row = contacts.get(i);
				DemoContact c = row.contact();
				ps.setLong(1, firstContactId + i);
				ps.setLong(2, row.accountId());
				ps.setString(3, c.name());
				ps.setString(4, c.name().trim().toLowerCase(Locale.ROOT));
				ps.setString(5, c.title());
				ps.setString(6, c.decisionRole().name());
				ps.setString(7, c.phone());
				ps.setString(8, c.email());
				if (c.birthday() == null) {
					ps.setNull(9, Types.DATE);
				}
				else {
					ps.setObject(9, c.birthday(), Types.DATE);
				}
				ps.setString(10, c.preferences());
				ps.setBoolean(11, c.primary());
				ps.setObject(12, row.account().createdAt());
				ps.setObject(13, row.account().createdAt());
				setLong(ps, 14, row.owner());
				setLong(ps, 15, row.owner());
			}

			@Override
			public int getBatchSize() {
				return contacts.size();
			}
		});
		return contacts.size();
	}

	private record ContactRow(long accountId, DemoAccount account, Long owner, DemoContact contact) {
	}

	private static List<ContactRow> contactRows(List<DemoAccount> accounts, long firstAccountId, List<Long> ownerIds) {
		List<ContactRow> rows = new ArrayList<>(accounts.size() * 3);
		for (int i = 0; i < accounts.size(); i++) {
			DemoAccount account = accounts.get(i);
			Long owner = account.owner() == null ? null : ownerIds.get(account.owner());
			for (DemoContact contact : account.contacts()) {
				rows.add(new ContactRow(firstAccountId + i, account, owner, contact));
			}
		}
		return rows;
	}

	/**
	 * setLong cannot say null, and setObject(null) leaves the driver guessing the type.
	 */
	private static void setLong(PreparedStatement ps, int index, Long value) throws SQLException {
		if (value == null) {
			ps.setNull(index, Types.BIGINT);
		}
		else {
			ps.setLong(index, value);
		}
	}

}
