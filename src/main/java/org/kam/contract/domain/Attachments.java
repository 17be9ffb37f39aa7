package org.kam.contract.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.kam.shared.PageQuery;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** The contract_attachment table. Callers check access to the account first. */
@Repository
class Attachments {

	private static final String COLUMNS = """
			id, account_id, contract_id, file_name, content_type, size_bytes, created_at, created_by, storage_key""";

	private final JdbcClient jdbc;

	Attachments(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(long accountId, long contractId, String fileName, FileKind kind, long size, String storageKey,
			long userId, OffsetDateTime now) {
		KeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into contract_attachment (account_id, contract_id, file_name, content_type, size_bytes,
				  storage_key, created_at, created_by)
				values (:accountId, :contractId, :fileName, :contentType, :size, :storageKey, :now, :userId)""")
			.param("accountId", accountId)
			.param("contractId", contractId)
			.param("fileName", fileName)
			.param("contentType", kind.mediaType())
			.param("size", size)
			.param("storageKey", storageKey)
			.param("now", now)
			.param("userId", userId)
			.update(keys, "id");
		return keys.getKeyAs(Long.class);
	}

	Optional<Attachment> find(long accountId, long contractId, long id) {
		return jdbc.sql("select " + COLUMNS + """
				 from contract_attachment
				where id = :id and account_id = :accountId and contract_id = :contractId and deleted_at is null""")
			.param("id", id)
			.param("accountId", accountId)
			.param("contractId", contractId)
			.query(Attachments::map)
			.optional();
	}

	/** Newest first. */
	List<Attachment> page(long accountId, long contractId, PageQuery page) {
		return jdbc.sql("select " + COLUMNS + """
				 from contract_attachment
				where account_id = :accountId and contract_id = :contractId and deleted_at is null
				order by created_at desc, id desc limit :limit offset :offset""")
			.param("accountId", accountId)
			.param("contractId", contractId)
			.param("limit", page.size())
			.param("offset", page.offset())
			.query(Attachments::map)
			.list();
	}

	long count(long accountId, long contractId) {
		return jdbc.sql("""
				select count(*) from contract_attachment
				where account_id = :accountId and contract_id = :contractId and deleted_at is null""")
			.param("accountId", accountId)
			.param("contractId", contractId)
			.query(Long.class)
			.single();
	}

	/**
	 * Soft delete: the row and the file stay until the destruction workflow erases them.
	 */
	int softDelete(long accountId, long contractId, long id, long userId, OffsetDateTime now) {
		return jdbc.sql("""
				update contract_attachment set deleted_at = :now, deleted_by = :userId
				where id = :id and account_id = :accountId and contract_id = :contractId and deleted_at is null""")
			.param("now", now)
			.param("userId", userId)
			.param("id", id)
			.param("accountId", accountId)
			.param("contractId", contractId)
			.update();
	}

	private static Attachment map(ResultSet rs, int row) throws SQLException {
		return new Attachment(rs.getLong("id"), rs.getLong("account_id"), rs.getLong("contract_id"),
				rs.getString("file_name"), rs.getString("content_type"), rs.getLong("size_bytes"),
				rs.getObject("created_at", OffsetDateTime.class), rs.getObject("created_by", Long.class),
				rs.getString("storage_key"));
	}

}
