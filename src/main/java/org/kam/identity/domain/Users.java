package org.kam.identity.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.kam.identity.DemoUsers;
import org.kam.identity.Role;
import org.kam.identity.UserRef;
import org.kam.shared.PageQuery;
import org.kam.shared.SqlFilter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** The users table and their roles, in SQL. */
@Repository
class Users {

	private static final String COLUMNS = "id, username, display_name, enabled, created_at, updated_at, version";

	private final JdbcClient jdbc;

	private final JdbcTemplate batch;

	Users(JdbcClient jdbc, JdbcTemplate batch) {
		this.jdbc = jdbc;
		this.batch = batch;
	}

	long insert(String username, String passwordHash, String displayName, boolean enabled, OffsetDateTime now) {
		KeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into app_user (username, password_hash, display_name, enabled, created_at, updated_at, version)
				values (:username, :hash, :displayName, :enabled, :now, :now, 0)""")
			.param("username", username)
			.param("hash", passwordHash)
			.param("displayName", displayName)
			.param("enabled", enabled)
			.param("now", now)
			.update(keys, "id");
		return keys.getKeyAs(Long.class);
	}

	/** Enabled users with one password hash, as one JDBC batch (demo users). */
	void insertAll(List<DemoUsers.Wanted> wanted, String passwordHash, OffsetDateTime now) {
		batch.batchUpdate("""
				insert into app_user (username, password_hash, display_name, enabled, created_at, updated_at, version)
				values (?, ?, ?, true, ?, ?, 0)""",
				wanted.stream()
					.map(user -> new Object[] { user.username(), passwordHash, user.displayName(), now, now })
					.toList());
	}

	/** The ids of the users with these usernames; unknown ones are left out. */
	Map<String, Long> idsByUsername(java.util.Collection<String> usernames) {
		Map<String, Long> ids = new HashMap<>();
		if (!usernames.isEmpty()) {
			jdbc.sql("select id, username from app_user where username in (:usernames)")
				.param("usernames", usernames)
				.query((ResultSet rs) -> {
					ids.put(rs.getString(2), rs.getLong(1));
				});
		}
		return ids;
	}

	/** Gives each of these users the role, as one JDBC batch. */
	void addRole(List<Long> userIds, Role role) {
		batch.batchUpdate("insert into app_user_role (user_id, role) values (?, ?)",
				userIds.stream().map(id -> new Object[] { id, role.name() }).toList());
	}

	/**
	 * Saves a change; {@code revokeSessions} raises the security stamp so that every open
	 * session of the user ends on its next request. Any save also lifts a sign-in
	 * throttle: that is how an administrator unlocks a user.
	 */
	int update(long id, long version, String displayName, boolean enabled, String passwordHashOrNull,
			boolean revokeSessions, OffsetDateTime now) {
		return jdbc.sql("""
				update app_user set display_name = :displayName, enabled = :enabled,
				  password_hash = coalesce(:hash, password_hash), updated_at = :now, version = version + 1,
				  security_stamp = security_stamp + :bump, failed_logins = 0, throttled_until = null
				where id = :id and version = :version""")
			.param("bump", revokeSessions ? 1 : 0)
			.param("displayName", displayName)
			.param("enabled", enabled)
			.param("hash", passwordHashOrNull, Types.VARCHAR)
			.param("now", now)
			.param("id", id)
			.param("version", version)
			.update();
	}

	void replaceRoles(long userId, Set<Role> roles) {
		jdbc.sql("delete from app_user_role where user_id = :id").param("id", userId).update();
		for (Role role : roles) {
			jdbc.sql("insert into app_user_role (user_id, role) values (:id, :role)")
				.param("id", userId)
				.param("role", role.name())
				.update();
		}
	}

	Optional<User> findById(long id) {
		return jdbc.sql("select " + COLUMNS + " from app_user where id = :id")
			.param("id", id)
			.query(this::mapUser)
			.optional()
			.map(this::withRoles);
	}

	Optional<User> findByUsername(String username) {
		return jdbc.sql("select " + COLUMNS + " from app_user where username = :username")
			.param("username", username)
			.query(this::mapUser)
			.optional()
			.map(this::withRoles);
	}

	Optional<String> passwordHash(long id) {
		return jdbc.sql("select password_hash from app_user where id = :id")
			.param("id", id)
			.query(String.class)
			.optional();
	}

	/** Until when sign-ins for the user are throttled, if that is still ahead. */
	Optional<OffsetDateTime> throttledUntil(long id, OffsetDateTime now) {
		return jdbc.sql("select throttled_until from app_user where id = :id and throttled_until > :now")
			.param("id", id)
			.param("now", now)
			.query((rs, row) -> rs.getObject(1, OffsetDateTime.class))
			.optional();
	}

	long securityStamp(long id) {
		return jdbc.sql("select security_stamp from app_user where id = :id")
			.param("id", id)
			.query(Long.class)
			.single();
	}

	/** The security stamp of an enabled user; empty when the user is disabled or gone. */
	Optional<Long> stampIfEnabled(long id) {
		return jdbc.sql("select security_stamp from app_user where id = :id and enabled = true")
			.param("id", id)
			.query(Long.class)
			.optional();
	}

	boolean existsByUsername(String username) {
		return jdbc.sql("select count(*) from app_user where username = :username")
			.param("username", username)
			.query(Long.class)
			.single() > 0;
	}

	boolean isEnabled(long id) {
		return jdbc.sql("select count(*) from app_user where id = :id and enabled = true")
			.param("id", id)
			.query(Long.class)
			.single() > 0;
	}

	List<User> page(PageQuery page) {
		List<User> users = jdbc
			.sql("select " + COLUMNS + " from app_user order by username limit :limit offset :offset")
			.param("limit", page.size())
			.param("offset", page.offset())
			.query(this::mapUser)
			.list();
		return withRoles(users);
	}

	Map<Long, UserRef> refs(Collection<Long> ids) {
		Map<Long, UserRef> refs = new HashMap<>();
		if (ids.isEmpty()) {
			return refs;
		}
		jdbc.sql("select id, username, display_name from app_user where id in (:ids)")
			.param("ids", List.copyOf(new HashSet<>(ids)))
			.query((ResultSet rs) -> {
				refs.put(rs.getLong(1), new UserRef(rs.getLong(1), rs.getString(2), rs.getString(3)));
			});
		return refs;
	}

	/** The username is stored lower-case; the display name is compared lower-cased. */
	List<UserRef> searchActive(String lowerText, int limit) {
		return jdbc
			.sql("""
					select id, username, display_name from app_user
					where enabled = true and (%s or %s)
					order by display_name, id limit :limit""".formatted(SqlFilter.like("username", "p"),
					SqlFilter.like("lower(display_name)", "p")))
			.param("p", SqlFilter.containing(lowerText))
			.param("limit", limit)
			.query((rs, row) -> new UserRef(rs.getLong(1), rs.getString(2), rs.getString(3)))
			.list();
	}

	long count() {
		return jdbc.sql("select count(*) from app_user").query(Long.class).single();
	}

	private List<User> withRoles(List<User> users) {
		if (users.isEmpty()) {
			return users;
		}
		Map<Long, Set<Role>> roles = new HashMap<>();
		jdbc.sql("select user_id, role from app_user_role where user_id in (:ids)")
			.param("ids", users.stream().map(User::id).toList())
			.query((ResultSet rs) -> {
				roles.computeIfAbsent(rs.getLong(1), k -> EnumSet.noneOf(Role.class))
					.add(Role.valueOf(rs.getString(2)));
			});
		return users.stream().map(u -> withRoles(u, roles.getOrDefault(u.id(), Set.of()))).toList();
	}

	private User withRoles(User user) {
		return withRoles(List.of(user)).get(0);
	}

	private User withRoles(User u, Set<Role> roles) {
		return new User(u.id(), u.username(), u.displayName(), u.enabled(), roles, u.createdAt(), u.updatedAt(),
				u.version());
	}

	private User mapUser(ResultSet rs, int row) throws SQLException {
		return new User(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
				rs.getBoolean("enabled"), Set.of(), rs.getObject("created_at", OffsetDateTime.class),
				rs.getObject("updated_at", OffsetDateTime.class), rs.getLong("version"));
	}

}
