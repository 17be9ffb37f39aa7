package org.kam.account.domain;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.kam.account.DecisionRole;
import org.kam.account.NewAccount;
import org.kam.account.NewContact;
import org.kam.shared.PageQuery;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** The contact table, in SQL. Callers check access to the account first. */
@Repository
class Contacts {

	private static final String COLUMNS = """
			id, account_id, name, title, decision_role, phone, email, birthday, preferences, notes, is_primary,
			created_at, updated_at, version""";

	private static final String INSERT_LOADED = """
			insert into contact (id, account_id, name, name_key, title, decision_role, phone, email, birthday,
			  preferences, is_primary, created_at, updated_at, created_by, updated_by, version)
			values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""";

	private final JdbcClient jdbc;

	private final JdbcTemplate batch;

	Contacts(JdbcClient jdbc, JdbcTemplate batch) {
		this.jdbc = jdbc;
		this.batch = batch;
	}

	private static JdbcClient.StatementSpec bindFields(JdbcClient.StatementSpec spec, ContactForm f) {
		return spec.param("name", f.name().trim())
			.param("nameKey", Accounts.nameKey(f.name()))
			.param("title", AccountFields.blankToNull(f.title()), Types.VARCHAR)
			.param("role", (f.decisionRole() == null ? DecisionRole.OTHER : f.decisionRole()).name())
			.param("phone", AccountFields.blankToNull(f.phone()), Types.VARCHAR)
			.param("email", AccountFields.blankToNull(f.email()), Types.VARCHAR)
			.param("birthday", f.birthday(), Types.DATE)
			.param("preferences", AccountFields.blankToNull(f.preferences()), Types.VARCHAR)
			.param("notes", AccountFields.blankToNull(f.notes()), Types.VARCHAR)
			.param("primary", Boolean.TRUE.equals(f.primary()));
	}

	long insert(long accountId, ContactForm form, long userId, OffsetDateTime now) {
		KeyHolder keys = new GeneratedKeyHolder();
		bindFields(jdbc.sql("""
				insert into contact (account_id, name, name_key, title, decision_role, phone, email, birthday,
				  preferences, notes, is_primary, created_at, updated_at, created_by, updated_by, version)
				values (:accountId, :name, :nameKey, :title, :role, :phone, :email, :birthday,
				  :preferences, :notes, :primary, :now, :now, :userId, :userId, 0)"""), form)
			.param("accountId", accountId)
			.param("now", now)
			.param("userId", userId)
			.update(keys, "id");
		return keys.getKeyAs(Long.class);
	}

	/**
	 * Inserts the contacts of a bulk load's accounts (which got the ids from
	 * {@code firstAccountId} on) with the ids from {@code firstId} on, as one JDBC batch;
	 * answers how many.
	 */
	int insertAll(List<NewAccount> accounts, long firstAccountId, long firstId) {
		List<Map.Entry<Long, NewAccount>> owners = new ArrayList<>(accounts.size() * 3);
		List<NewContact> contacts = new ArrayList<>(accounts.size() * 3);
		for (int i = 0; i < accounts.size(); i++) {
			for (NewContact contact : accounts.get(i).contacts()) {
				owners.add(Map.entry(firstAccountId + i, accounts.get(i)));
				contacts.add(contact);
			}
		}
		batch.batchUpdate(INSERT_LOADED, new BatchPreparedStatementSetter() {
			@Override
			public void setValues(PreparedStatement ps, int i) throws SQLException {
				NewContact c = contacts.get(i);
				NewAccount account = owners.get(i).getValue();
				ps.setLong(1, firstId + i);
				ps.setLong(2, owners.get(i).getKey());
				ps.setString(3, c.name());
				ps.setString(4, Accounts.nameKey(c.name()));
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
				ps.setObject(12, account.createdAt());
				ps.setObject(13, account.createdAt());
				Accounts.setLong(ps, 14, account.writtenBy());
				Accounts.setLong(ps, 15, account.writtenBy());
			}

			@Override
			public int getBatchSize() {
				return contacts.size();
			}
		});
		return contacts.size();
	}

	/** The id after the highest ever given (deleted contacts included). */
	long nextId() {
		return jdbc.sql("select coalesce(max(id), 0) + 1 from contact").query(Long.class).single();
	}

	/**
	 * The ids of the live contacts of the accounts with ids in [from, to], by account.
	 */
	Map<Long, List<Long>> idsByAccount(long from, long to) {
		Map<Long, List<Long>> ids = new HashMap<>();
		jdbc.sql("""
				select id, account_id from contact
				where account_id between :from and :to and deleted_at is null order by id""")
			.param("from", from)
			.param("to", to)
			.query((ResultSet rs) -> {
				ids.computeIfAbsent(rs.getLong(2), account -> new ArrayList<>()).add(rs.getLong(1));
			});
		return ids;
	}

	int update(long accountId, long id, long version, ContactForm form, long userId, OffsetDateTime now) {
		return bindFields(jdbc.sql("""
				update contact set name = :name, name_key = :nameKey, title = :title, decision_role = :role,
				  phone = :phone, email = :email, birthday = :birthday, preferences = :preferences, notes = :notes,
				  is_primary = :primary, updated_at = :now, updated_by = :userId, version = version + 1
				where id = :id and account_id = :accountId and version = :version and deleted_at is null"""), form)
			.param("now", now)
			.param("userId", userId)
			.param("id", id)
			.param("accountId", accountId)
			.param("version", version)
			.update();
	}

	/** One primary contact per account: setting a new one demotes the others. */
	void demoteOtherPrimaries(long accountId, long primaryId) {
		jdbc.sql("""
				update contact set is_primary = false
				where account_id = :accountId and id <> :id and is_primary = true and deleted_at is null""")
			.param("accountId", accountId)
			.param("id", primaryId)
			.update();
	}

	int softDelete(long accountId, long id, long userId, OffsetDateTime now) {
		return jdbc.sql("""
				update contact set deleted_at = :now, updated_by = :userId, version = version + 1
				where id = :id and account_id = :accountId and deleted_at is null""")
			.param("now", now)
			.param("userId", userId)
			.param("id", id)
			.param("accountId", accountId)
			.update();
	}

	Optional<Contact> find(long accountId, long id) {
		return jdbc
			.sql("select " + COLUMNS
					+ " from contact where id = :id and account_id = :accountId and deleted_at is null")
			.param("id", id)
			.param("accountId", accountId)
			.query(Contacts::map)
			.optional();
	}

	/** Decision makers first, then the primary contact, then by name. */
	List<Contact> page(long accountId, PageQuery page) {
		return jdbc.sql("select " + COLUMNS + """
				 from contact where account_id = :accountId and deleted_at is null
				order by case when decision_role = 'DECISION_MAKER' then 0 else 1 end, is_primary desc, name_key, id
				limit :limit offset :offset""")
			.param("accountId", accountId)
			.param("limit", page.size())
			.param("offset", page.offset())
			.query(Contacts::map)
			.list();
	}

	/** Live contacts by id, whichever account they belong to. */
	List<Contact> findAll(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("select " + COLUMNS + " from contact where id in (:ids) and deleted_at is null")
			.param("ids", ids)
			.query(Contacts::map)
			.list();
	}

	long count(long accountId) {
		return jdbc.sql("select count(*) from contact where account_id = :accountId and deleted_at is null")
			.param("accountId", accountId)
			.query(Long.class)
			.single();
	}

	private static Contact map(ResultSet rs, int row) throws SQLException {
		return new Contact(rs.getLong("id"), rs.getLong("account_id"), rs.getString("name"), rs.getString("title"),
				DecisionRole.valueOf(rs.getString("decision_role")), rs.getString("phone"), rs.getString("email"),
				rs.getObject("birthday", LocalDate.class), rs.getString("preferences"), rs.getString("notes"),
				rs.getBoolean("is_primary"), rs.getObject("created_at", OffsetDateTime.class),
				rs.getObject("updated_at", OffsetDateTime.class), rs.getLong("version"));
	}

}
