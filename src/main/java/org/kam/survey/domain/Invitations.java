package org.kam.survey.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.kam.shared.PageQuery;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** The survey links, in SQL; looked up by account or by the hash of their token. */
@Repository
class Invitations {

	private static final String COLUMNS = """
			i.id, i.account_id, i.contact_id, i.created_at, i.created_by, i.expires_at, i.used_at, i.survey_id,
			i.revoked_at""";

	private final JdbcClient jdbc;

	Invitations(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(long accountId, Long contactId, String tokenHash, OffsetDateTime expiresAt, long userId,
			OffsetDateTime now) {
		KeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into survey_invitation (account_id, contact_id, token_hash, expires_at, created_at, created_by)
				values (:accountId, :contactId, :hash, :expiresAt, :now, :userId)""")
			.param("accountId", accountId)
			.param("contactId", contactId, Types.BIGINT)
			.param("hash", tokenHash)
			.param("expiresAt", expiresAt)
			.param("now", now)
			.param("userId", userId)
			.update(keys, "id");
		return keys.getKeyAs(Long.class);
	}

	Optional<Invitation> find(long accountId, long id) {
		return jdbc
			.sql("select " + COLUMNS + " from survey_invitation i where i.id = :id and i.account_id = :accountId")
			.param("id", id)
			.param("accountId", accountId)
			.query(Invitations::map)
			.optional();
	}

	/** The link of a token, if its account is still live. */
	Optional<Invitation> findByHash(String tokenHash) {
		return jdbc.sql("select " + COLUMNS + """
				 from survey_invitation i join account a on a.id = i.account_id and a.deleted_at is null
				where i.token_hash = :hash""").param("hash", tokenHash).query(Invitations::map).optional();
	}

	List<Invitation> page(long accountId, PageQuery page) {
		return jdbc.sql("select " + COLUMNS + """
				 from survey_invitation i where i.account_id = :accountId
				order by i.created_at desc, i.id desc limit :limit offset :offset""")
			.param("accountId", accountId)
			.param("limit", page.size())
			.param("offset", page.offset())
			.query(Invitations::map)
			.list();
	}

	long count(long accountId) {
		return jdbc.sql("select count(*) from survey_invitation where account_id = :accountId")
			.param("accountId", accountId)
			.query(Long.class)
			.single();
	}

	/**
	 * Marks the link used if it still can be: one statement, so of two simultaneous
	 * answers exactly one gets 1 and the other 0.
	 */
	int claim(long id, OffsetDateTime now) {
		return jdbc.sql("""
				update survey_invitation set used_at = :now
				where id = :id and used_at is null and revoked_at is null and expires_at > :now""")
			.param("id", id)
			.param("now", now)
			.update();
	}

	void answered(long id, long surveyId) {
		jdbc.sql("update survey_invitation set survey_id = :surveyId where id = :id")
			.param("id", id)
			.param("surveyId", surveyId)
			.update();
	}

	int revoke(long accountId, long id, long userId, OffsetDateTime now) {
		return jdbc.sql("""
				update survey_invitation set revoked_at = :now, revoked_by = :userId
				where id = :id and account_id = :accountId and used_at is null and revoked_at is null""")
			.param("now", now)
			.param("userId", userId)
			.param("id", id)
			.param("accountId", accountId)
			.update();
	}

	private static Invitation map(ResultSet rs, int row) throws SQLException {
		return new Invitation(rs.getLong("id"), rs.getLong("account_id"), nullableLong(rs, "contact_id"),
				rs.getObject("created_at", OffsetDateTime.class), nullableLong(rs, "created_by"),
				rs.getObject("expires_at", OffsetDateTime.class), rs.getObject("used_at", OffsetDateTime.class),
				nullableLong(rs, "survey_id"), rs.getObject("revoked_at", OffsetDateTime.class));
	}

	private static Long nullableLong(ResultSet rs, String column) throws SQLException {
		long value = rs.getLong(column);
		return rs.wasNull() ? null : value;
	}

}
