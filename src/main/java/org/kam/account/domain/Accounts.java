package org.kam.account.domain;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.kam.account.AccountStatus;
import org.kam.account.LoadedAccount;
import org.kam.account.NewAccount;
import org.kam.account.SizeBand;
import org.kam.account.Tier;
import org.kam.account.Urgency;
import org.kam.account.search.KeywordPlan;
import org.kam.account.search.KeywordQuery;
import org.kam.account.search.KeywordSearch;
import org.kam.account.search.ListFilters;
import org.kam.account.search.SearchDocuments;
import org.kam.governance.SqlCondition;
import org.kam.region.Region;
import org.kam.region.Regions;
import org.kam.shared.PageQuery;
import org.kam.shared.Sorting;
import org.kam.shared.SqlFilter;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The account table, in SQL. Every read takes the access condition of the caller; the
 * list's reads take a {@link KeywordPlan} made once per request by {@link #plan}.
 */
@Repository
class Accounts {

	static final Map<String, String> SORTABLE = Map.of("name", "a.name_key", "uscc", "a.uscc", "industry", "a.industry",
			"province", "a.province_code", "city", "a.city_code", "status", "a.status", "urgency", "a.urgency", "tier",
			"a.tier", "createdAt", "a.created_at", "updatedAt", "a.updated_at");

	private static final String COLUMNS = """
			a.id, a.name, a.uscc, a.industry, a.province, a.province_code, a.city, a.city_code, a.size_band, a.address, a.website, a.status,
			a.urgency, a.tier, a.owner_id, a.tags, a.needs, a.preferences, a.notes, a.created_at, a.updated_at,
			a.created_by, a.updated_by, a.version""";

	private static final String LIVE = "a.deleted_at is null";

	private static final String INSERT_LOADED = """
			insert into account (id, name, name_key, name_match, uscc, uscc_live, industry, province, city, size_band,
			  address, website, status, urgency, tier, owner_id, tags, needs, preferences, notes,
			  created_at, updated_at, created_by, updated_by, province_code, city_code, version)
			values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""";

	private static final String TALLY_NO_TIER = "-";

	private final JdbcClient jdbc;

	private final JdbcTemplate batch;

	private final KeywordSearch search;

	private final Regions regions;

	Accounts(JdbcClient jdbc, JdbcTemplate batch, KeywordSearch search, Regions regions) {
		this.jdbc = jdbc;
		this.batch = batch;
		this.search = search;
		this.regions = regions;
	}

	/**
	 * Fields written on insert and update: one mapping, so the two cannot drift apart.
	 */
	private static JdbcClient.StatementSpec bindFields(JdbcClient.StatementSpec spec, AccountFields f) {
		return spec.param("name", f.name())
			.param("nameKey", nameKey(f.name()))
			.param("nameMatch", SimilarNames.key(f.name()))
			.param("uscc", f.uscc(), Types.VARCHAR)
			.param("industry", f.industry(), Types.VARCHAR)
			.param("province", f.province(), Types.VARCHAR)
			.param("provinceCode", f.provinceCode(), Types.VARCHAR)
			.param("city", f.city(), Types.VARCHAR)
			.param("cityCode", f.cityCode(), Types.VARCHAR)
			.param("sizeBand", f.sizeBand() == null ? null : f.sizeBand().name(), Types.VARCHAR)
			.param("address", f.address(), Types.VARCHAR)
			.param("website", f.website(), Types.VARCHAR)
			.param("status", f.status().name())
			.param("urgency", f.urgency().name())
			.param("tier", f.tier() == null ? null : f.tier().name(), Types.VARCHAR)
			.param("ownerId", f.ownerId(), Types.BIGINT)
			.param("tags", f.tags().isEmpty() ? null : String.join(",", f.tags()), Types.VARCHAR)
			.param("needs", f.needs(), Types.VARCHAR)
			.param("preferences", f.preferences(), Types.VARCHAR)
			.param("notes", f.notes(), Types.VARCHAR);
	}

	long insert(AccountFields fields, long userId, OffsetDateTime now) {
		KeyHolder keys = new GeneratedKeyHolder();
		bindFields(
				jdbc.sql(
						"""
								insert into account (name, name_key, name_match, uscc, uscc_live, industry, province, province_code, city, city_code,
								  size_band, address, website, status, urgency, tier, owner_id, tags, needs, preferences, notes,
								  created_at, updated_at, created_by, updated_by, version)
								values (:name, :nameKey, :nameMatch, :uscc, :uscc, :industry, :province, :provinceCode, :city, :cityCode,
								  :sizeBand, :address,
								  :website, :status, :urgency, :tier, :ownerId, :tags, :needs, :preferences, :notes,
								  :now, :now, :userId, :userId, 0)"""),
				fields)
			.param("now", now)
			.param("userId", userId)
			.update(keys, "id");
		return keys.getKeyAs(Long.class);
	}

	/**
	 * Inserts a bulk load's accounts with the ids from {@code firstId} on, as one JDBC
	 * batch: the loader picks the ids so that their contacts need no generated key back.
	 */
	void insertAll(List<NewAccount> accounts, long firstId) {
		batch.batchUpdate(INSERT_LOADED, new BatchPreparedStatementSetter() {
			@Override
			public void setValues(PreparedStatement ps, int i) throws SQLException {
				NewAccount a = accounts.get(i);
				ps.setLong(1, firstId + i);
				ps.setString(2, a.name());
				ps.setString(3, nameKey(a.name()));
				ps.setString(4, SimilarNames.key(a.name()));
				ps.setString(5, a.uscc());
				ps.setString(6, a.uscc());
				ps.setString(7, a.industry());
				ps.setString(8, a.province());
				ps.setString(9, a.city());
				ps.setString(10, a.sizeBand() == null ? null : a.sizeBand().name());
				ps.setString(11, a.address());
				ps.setString(12, a.website());
				ps.setString(13, a.status().name());
				ps.setString(14, a.urgency().name());
				ps.setString(15, a.tier() == null ? null : a.tier().name());
				setLong(ps, 16, a.ownerId());
				ps.setString(17, a.tags().isEmpty() ? null : String.join(",", a.tags()));
				ps.setString(18, a.needs());
				ps.setString(19, a.preferences());
				ps.setString(20, a.notes());
				ps.setObject(21, a.createdAt());
				ps.setObject(22, a.updatedAt());
				setLong(ps, 23, a.writtenBy());
				setLong(ps, 24, a.writtenBy());
				ps.setString(25, a.provinceCode());
				ps.setString(26, a.cityCode());
			}

			@Override
			public int getBatchSize() {
				return accounts.size();
			}
		});
	}

	/**
	 * setLong cannot say null, and setObject(null) leaves the driver guessing the type.
	 */
	static void setLong(PreparedStatement ps, int index, Long value) throws SQLException {
		if (value == null) {
			ps.setNull(index, Types.BIGINT);
		}
		else {
			ps.setLong(index, value);
		}
	}

	/** The id after the highest ever given (deleted accounts included). */
	long nextId() {
		return jdbc.sql("select coalesce(max(id), 0) + 1 from account").query(Long.class).single();
	}

	/** Whether the table holds any account at all, deleted ones included. */
	boolean none() {
		return jdbc.sql("select id from account limit 1").query(Long.class).list().isEmpty();
	}

	/**
	 * Adds a bulk load's accounts to the tally: one update per status and tier it has, in
	 * the order of status and tier, so that concurrent loaders lock the shared rows in
	 * the same order (they wait for each other, never deadlock).
	 */
	void addToTally(List<NewAccount> accounts) {
		Comparator<List<String>> byStatusAndTier = Comparator.comparing((List<String> cell) -> cell.get(0))
			.thenComparing(cell -> cell.get(1));
		Map<List<String>, Long> cells = accounts.stream()
			.collect(Collectors.groupingBy(
					a -> List.of(a.status().name(), a.tier() == null ? TALLY_NO_TIER : a.tier().name()),
					() -> new TreeMap<>(byStatusAndTier), Collectors.counting()));
		batch.batchUpdate("update account_tally set n = n + ? where status = ? and tier_key = ?",
				cells.entrySet()
					.stream()
					.map(cell -> new Object[] { cell.getValue(), cell.getKey().get(0), cell.getKey().get(1) })
					.toList());
	}

	/** Live accounts with ids in [from, to], by id, with the contacts' ids given. */
	List<LoadedAccount> loaded(long from, long to, Map<Long, List<Long>> contactIds) {
		return jdbc.sql("""
				select id, name, owner_id, status, tier, industry, province, city, created_at from account
				where id between :from and :to and deleted_at is null order by id""")
			.param("from", from)
			.param("to", to)
			.query((rs, row) -> new LoadedAccount(rs.getLong("id"), rs.getString("name"),
					rs.getObject("owner_id", Long.class), AccountStatus.valueOf(rs.getString("status")),
					rs.getString("tier") == null ? null : Tier.valueOf(rs.getString("tier")), rs.getString("industry"),
					rs.getString("province"), rs.getString("city"), rs.getObject("created_at", OffsetDateTime.class),
					contactIds.getOrDefault(rs.getLong("id"), List.of())))
			.list();
	}

	/**
	 * Updates when the version matches and the caller may edit; answers the rows changed
	 * (0 or 1).
	 */
	int update(long id, long version, AccountFields fields, SqlCondition editable, long userId, OffsetDateTime now) {
		return bindFields(jdbc
			.sql("""
					update account a set name = :name, name_key = :nameKey, name_match = :nameMatch, uscc = :uscc, uscc_live = :uscc,
					  industry = :industry, province = :province, province_code = :provinceCode, city = :city,
					  city_code = :cityCode, size_band = :sizeBand, address = :address,
					  website = :website, status = :status, urgency = :urgency, tier = :tier, owner_id = :ownerId,
					  tags = :tags, needs = :needs, preferences = :preferences, notes = :notes,
					  updated_at = :now, updated_by = :userId, version = version + 1
					where a.id = :id and a.version = :version and a.deleted_at is null and (%s)"""
				.formatted(editable.sql())), fields)
			.params(editable.params())
			.param("now", now)
			.param("userId", userId)
			.param("id", id)
			.param("version", version)
			.update();
	}

	Optional<Account> find(long id, SqlCondition access) {
		return jdbc
			.sql("select " + COLUMNS + " from account a where a.id = :id and " + LIVE + " and (" + access.sql() + ")")
			.param("id", id)
			.params(access.params())
			.query(this::map)
			.optional();
	}

	/** Live accounts by id, for naming rows that other modules have already filtered. */
	List<Account> findAll(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("select " + COLUMNS + " from account a where a.id in (:ids) and " + LIVE)
			.param("ids", ids)
			.query(this::map)
			.list();
	}

	/**
	 * The version of a live account whatever the caller may see: tells 403 and 409 from
	 * 404.
	 */
	Optional<Long> liveVersion(long id) {
		return jdbc.sql("select a.version from account a where a.id = :id and " + LIVE)
			.param("id", id)
			.query(Long.class)
			.optional();
	}

	boolean usccTaken(String uscc, Long exceptId) {
		return jdbc.sql("select count(*) from account where uscc_live = :uscc and id <> :exceptId")
			.param("uscc", uscc)
			.param("exceptId", exceptId == null ? -1L : exceptId)
			.query(Long.class)
			.single() > 0;
	}

	/** The live account that has this USCC, other than the one given. */
	Optional<Long> usccHolder(String uscc, Long exceptId) {
		return jdbc.sql("select id from account where uscc_live = :uscc and id <> :exceptId")
			.param("uscc", uscc)
			.param("exceptId", exceptId == null ? -1L : exceptId)
			.query(Long.class)
			.optional();
	}

	/**
	 * Live accounts whose name meets this one (the same SimilarNames key), other than the
	 * one given, by name; at most {@code limit}.
	 */
	List<Long> withSimilarName(String name, Long exceptId, int limit) {
		return jdbc.sql("""
				select a.id from account a where a.name_match = :key and a.id <> :exceptId and %s
				order by a.name_key, a.id limit :limit""".formatted(LIVE))
			.param("key", SimilarNames.key(name))
			.param("exceptId", exceptId == null ? -1L : exceptId)
			.param("limit", limit)
			.query(Long.class)
			.list();
	}

	/** Those of these live accounts that the caller may read. */
	List<Account> findAll(Collection<Long> ids, SqlCondition access) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return jdbc
			.sql("select " + COLUMNS + " from account a where a.id in (:ids) and " + LIVE + " and (" + access.sql()
					+ ") order by a.name_key, a.id")
			.param("ids", ids)
			.params(access.params())
			.query(this::map)
			.list();
	}

	/**
	 * Plans a list request's keyword once, for its page and its counts alike (see
	 * {@link KeywordSearch}).
	 */
	KeywordPlan plan(AccountFilter filter, SqlCondition access) {
		return search.plan(query(filter, access));
	}

	/** What the keyword search needs of a filter and an access condition. */
	KeywordQuery query(AccountFilter f, SqlCondition access) {
		ListFilters values = new ListFilters(f.province(), f.city(), f.industry(), name(f.status()), name(f.urgency()),
				name(f.tier()), f.ownerId(), name(f.sizeBand()));
		return new KeywordQuery(f.q(), values, access, () -> filters(f, access));
	}

	/**
	 * A page of the planned list. In name order with the search documents' buckets
	 * walked, the walk stops at the end of the page instead of every match being sorted.
	 */
	List<Account> page(KeywordPlan plan, Sorting sorting, PageQuery page) {
		SqlFilter sql = sorting.column().equals(SORTABLE.get("name"))
				? plan.firstByName(sorting.ascending(), page.offset() + page.size()).orElseGet(plan::where)
				: plan.where();
		return jdbc
			.sql("select " + COLUMNS + " from account a" + sql.where() + " order by " + sorting.orderBy("a.id")
					+ " limit :limit offset :offset")
			.params(sql.params())
			.param("limit", page.size())
			.param("offset", page.offset())
			.query(this::map)
			.list();
	}

	long count(KeywordPlan plan) {
		SqlFilter sql = plan.where();
		return jdbc.sql("select count(*) from account a" + sql.where()).params(sql.params()).query(Long.class).single();
	}

	/**
	 * Counts matching accounts, but stops at {@code cap}: a filter that matches half a
	 * million accounts costs as much as one that matches {@code cap}. A keyword is
	 * counted from the search documents, where they exist, without reading the accounts.
	 */
	long countUpTo(KeywordPlan plan, long cap) {
		return plan.countUpToFromDocuments(cap).orElseGet(() -> plan.where().countUpTo(jdbc, "account a", cap));
	}

	/** Live accounts per status from the tally, optionally for one tier. */
	Map<String, Long> tallyByStatus(Tier tier) {
		Map<String, Long> counts = new LinkedHashMap<>();
		jdbc.sql("select status, sum(n) from account_tally" + (tier == null ? "" : " where tier_key = :tier")
				+ " group by status")
			.params(tier == null ? Map.of() : Map.of("tier", tier.name()))
			.query((ResultSet rs) -> {
				counts.put(rs.getString(1), rs.getLong(2));
			});
		return counts;
	}

	/** Live accounts per tier from the tally ({@code null} for no tier). */
	Map<String, Long> tallyByTier() {
		Map<String, Long> counts = new LinkedHashMap<>();
		jdbc.sql("select tier_key, sum(n) from account_tally group by tier_key").query((ResultSet rs) -> {
			String tier = rs.getString(1);
			counts.put(TALLY_NO_TIER.equals(tier) ? null : tier, rs.getLong(2));
		});
		return counts;
	}

	/**
	 * Moves one account between tally cells (either side may be absent: insert, delete).
	 */
	void retally(AccountStatus fromStatus, Tier fromTier, AccountStatus toStatus, Tier toTier) {
		if (fromStatus == toStatus && fromTier == toTier) {
			return;
		}
		if (fromStatus != null) {
			addToTally(fromStatus, fromTier, -1);
		}
		if (toStatus != null) {
			addToTally(toStatus, toTier, 1);
		}
	}

	private void addToTally(AccountStatus status, Tier tier, long delta) {
		jdbc.sql("update account_tally set n = n + :delta where status = :status and tier_key = :tier")
			.param("delta", delta)
			.param("status", status.name())
			.param("tier", tier == null ? TALLY_NO_TIER : tier.name())
			.update();
	}

	/** Recounts the tally from the accounts, after bulk writes that bypass this class. */
	void recountTally() {
		jdbc.sql("""
				update account_tally t set n = (select count(*) from account a where a.deleted_at is null
				  and a.status = t.status and coalesce(a.tier, '-') = t.tier_key)""").update();
	}

	/**
	 * How many accounts per status match a plan without a status filter (see
	 * {@link KeywordPlan#anyStatus()}).
	 */
	Map<String, Long> countByStatus(KeywordPlan plan) {
		if (!plan.anyStatus()) {
			throw new IllegalArgumentException("Counts per status need a plan for any status");
		}
		return plan.countByStatusFromDocuments().orElseGet(() -> countBy("a.status", plan));
	}

	Map<String, Long> countByTier(SqlCondition access) {
		return countBy("a.tier", plan(AccountFilter.none(), access));
	}

	private Map<String, Long> countBy(String column, KeywordPlan plan) {
		SqlFilter sql = plan.where();
		Map<String, Long> counts = new LinkedHashMap<>();
		jdbc.sql("select " + column + ", count(*) from account a" + sql.where() + " group by " + column)
			.params(sql.params())
			.query((ResultSet rs) -> {
				counts.put(rs.getString(1), rs.getLong(2));
			});
		return counts;
	}

	/** Live accounts the caller may read, with every filter but the keyword. */
	private SqlFilter filters(AccountFilter f, SqlCondition access) {
		return new SqlFilter().and(LIVE)
			.and(access.sql(), access.params())
			.equalsIfGiven("a.province_code", "province", f.province())
			.equalsIfGiven("a.city_code", "city", f.city())
			.equalsIfGiven("a.size_band", "sizeBand", f.sizeBand())
			.equalsIfGiven("a.industry", "industry", f.industry())
			.equalsIfGiven("a.status", "status", f.status())
			.equalsIfGiven("a.urgency", "urgency", f.urgency())
			.equalsIfGiven("a.tier", "tier", f.tier())
			.equalsIfGiven("a.owner_id", "ownerId", f.ownerId());
	}

	/** The name as stored for sorting and matching: trimmed, lower case. */
	static String nameKey(String name) {
		return SearchDocuments.nameKey(name);
	}

	private Account map(ResultSet rs, int row) throws SQLException {
		String tags = rs.getString("tags");
		String provinceCode = rs.getString("province_code");
		String cityCode = rs.getString("city_code");
		return new Account(rs.getLong("id"), rs.getString("name"), rs.getString("uscc"), rs.getString("industry"),
				rs.getString("province"), provinceCode, english(provinceCode), rs.getString("city"), cityCode,
				english(cityCode), valueOf(SizeBand.class, rs.getString("size_band")), rs.getString("address"),
				rs.getString("website"), AccountStatus.valueOf(rs.getString("status")),
				Urgency.valueOf(rs.getString("urgency")), valueOf(Tier.class, rs.getString("tier")),
				(Long) rs.getObject("owner_id", Long.class), tags == null ? List.of() : Arrays.asList(tags.split(",")),
				rs.getString("needs"), rs.getString("preferences"), rs.getString("notes"),
				rs.getObject("created_at", OffsetDateTime.class), rs.getObject("updated_at", OffsetDateTime.class),
				rs.getObject("created_by", Long.class), rs.getObject("updated_by", Long.class), rs.getLong("version"));
	}

	private String english(String code) {
		return regions.find(code).map(Region::englishName).orElse(null);
	}

	private static String name(Enum<?> value) {
		return value == null ? null : value.name();
	}

	private static <E extends Enum<E>> E valueOf(Class<E> type, String value) {
		return value == null ? null : Enum.valueOf(type, value);
	}

}
