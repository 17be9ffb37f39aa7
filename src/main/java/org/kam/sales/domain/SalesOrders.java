package org.kam.sales.domain;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.ToLongFunction;

import org.kam.governance.SqlCondition;
import org.kam.shared.PageQuery;
import org.kam.shared.SoftDelete;
import org.kam.shared.Sorting;
import org.kam.shared.SqlFilter;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The order and line tables, in SQL. Callers check access to the account first; the
 * cross-account search applies the access condition itself.
 */
@Repository
public class SalesOrders {

	static final Map<String, String> SORTABLE = Map.of("orderDate", "o.order_date", "total", "o.total", "orderNo",
			"o.order_no");

	/** Rows per JDBC batch and per IN list. */
	static final int CHUNK = 1000;

	/** Orders of live accounts, for the list across accounts. */
	private static final String ACROSS = "sales_order o join account a on a.id = o.account_id and a.deleted_at is null";

	private static final String COLUMNS = """
			o.id, o.account_id, o.order_no, o.order_date, o.salesperson_id, o.currency, o.total, o.created_at,
			o.updated_at, o.version""";

	private static final String INSERT_ORDER = """
			insert into sales_order (account_id, order_no, order_no_live, order_date, salesperson_id, currency,
			  total, line_count, created_at, updated_at, created_by, updated_by, version)
			values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""";

	static final String INSERT_LINE = """
			insert into sales_line (account_id, order_id, line_no, product, product_key, quantity, unit_price,
			  line_amount)
			values (?, ?, ?, ?, ?, ?, ?, ?)""";

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	SalesOrders(JdbcClient jdbc, JdbcTemplate template) {
		this.jdbc = jdbc;
		this.template = template;
	}

	long insert(SalesOrderFields order, long userId, OffsetDateTime now) {
		KeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into sales_order (account_id, order_no, order_no_live, order_date, salesperson_id, currency,
				  total, line_count, created_at, updated_at, created_by, updated_by, version)
				values (:accountId, :orderNo, :orderNo, :orderDate, :salespersonId, :currency, :total, :lineCount,
				  :now, :now, :userId, :userId, 0)""")
			.param("accountId", order.accountId())
			.param("orderNo", order.orderNo())
			.param("orderDate", order.orderDate())
			.param("salespersonId", order.salespersonId())
			.param("currency", order.currency())
			.param("total", order.total())
			.param("lineCount", order.lines().size())
			.param("now", now)
			.param("userId", userId)
			.update(keys, "id");
		long id = keys.getKeyAs(Long.class);
		insertLines(List.of(new OrderLines(id, order)));
		return id;
	}

	/**
	 * Writes many orders with JDBC batches: the orders, their ids read back by order
	 * number (unique among live orders), then all lines. Answers the ids by order number.
	 */
	Map<String, Long> insertAll(List<SalesOrderFields> orders, long userId, OffsetDateTime now) {
		return insertAll(orders, o -> userId, o -> now);
	}

	/**
	 * As {@link #insertAll(List, long, OffsetDateTime)}, with the author and time of each
	 * order (demo data: the salesperson on the order date).
	 */
	public Map<String, Long> insertAll(List<SalesOrderFields> orders, ToLongFunction<SalesOrderFields> userId,
			Function<SalesOrderFields, OffsetDateTime> at) {
		Map<String, Long> ids = new HashMap<>();
		for (int from = 0; from < orders.size(); from += CHUNK) {
			List<SalesOrderFields> chunk = orders.subList(from, Math.min(orders.size(), from + CHUNK));
			template.batchUpdate(INSERT_ORDER, new BatchPreparedStatementSetter() {
				@Override
				public void setValues(PreparedStatement ps, int i) throws SQLException {
					SalesOrderFields o = chunk.get(i);
					ps.setLong(1, o.accountId());
					ps.setString(2, o.orderNo());
					ps.setString(3, o.orderNo());
					ps.setObject(4, o.orderDate());
					ps.setLong(5, o.salespersonId());
					ps.setString(6, o.currency());
					ps.setBigDecimal(7, o.total());
					ps.setInt(8, o.lines().size());
					OffsetDateTime now = at.apply(o);
					long user = userId.applyAsLong(o);
					ps.setObject(9, now);
					ps.setObject(10, now);
					ps.setLong(11, user);
					ps.setLong(12, user);
				}

				@Override
				public int getBatchSize() {
					return chunk.size();
				}
			});
			List<String> numbers = chunk.stream().map(SalesOrderFields::orderNo).toList();
			jdbc.sql("select id, order_no_live from sales_order where order_no_live in (:nos)")
				.param("nos", numbers)
				.query(rs -> {
					ids.put(rs.getString(2), rs.getLong(1));
				});
			insertLines(chunk.stream().map(o -> new OrderLines(ids.get(o.orderNo()), o)).toList());
		}
		return ids;
	}

	record OrderLines(long orderId, SalesOrderFields order) {
	}

	void insertLines(List<OrderLines> orders) {
		List<Object[]> rows = new ArrayList<>();
		for (OrderLines o : orders) {
			int lineNo = 1;
			for (SalesLine line : o.order().lines()) {
				rows.add(new Object[] { o.order().accountId(), o.orderId(), lineNo++, line.product(),
						SalesOrderFields.productKey(line.product()), line.quantity(), line.unitPrice(),
						line.lineAmount() });
			}
		}
		for (int from = 0; from < rows.size(); from += CHUNK) {
			template.batchUpdate(INSERT_LINE, rows.subList(from, Math.min(rows.size(), from + CHUNK)));
		}
	}

	int update(long accountId, long id, long version, SalesOrderFields order, long userId, OffsetDateTime now) {
		int changed = jdbc.sql("""
				update sales_order set order_no = :orderNo, order_no_live = :orderNo, order_date = :orderDate,
				  salesperson_id = :salespersonId, currency = :currency, total = :total, line_count = :lineCount,
				  updated_at = :now, updated_by = :userId, version = version + 1
				where id = :id and account_id = :accountId and version = :version and deleted_at is null""")
			.param("orderNo", order.orderNo())
			.param("orderDate", order.orderDate())
			.param("salespersonId", order.salespersonId())
			.param("currency", order.currency())
			.param("total", order.total())
			.param("lineCount", order.lines().size())
			.param("now", now)
			.param("userId", userId)
			.param("id", id)
			.param("accountId", accountId)
			.param("version", version)
			.update();
		if (changed > 0) {
			jdbc.sql("delete from sales_line where order_id = :id").param("id", id).update();
			insertLines(List.of(new OrderLines(id, order)));
		}
		return changed;
	}

	int softDelete(long accountId, long id, long userId, OffsetDateTime now) {
		return SoftDelete.accountRecord(jdbc, "sales_order", accountId, id, userId, now, "order_no_live = null",
				"updated_at = :now");
	}

	Optional<SalesOrder> find(long accountId, long id) {
		return jdbc
			.sql("select " + COLUMNS
					+ " from sales_order o where o.id = :id and o.account_id = :accountId and o.deleted_at is null")
			.param("id", id)
			.param("accountId", accountId)
			.query(SalesOrders::map)
			.optional()
			.map(o -> withLines(List.of(o)).get(0));
	}

	Optional<Long> versionOf(long accountId, long id) {
		return jdbc.sql("select version from sales_order where id = :id and account_id = :accountId")
			.param("id", id)
			.param("accountId", accountId)
			.query(Long.class)
			.optional();
	}

	/** Whether a live order other than {@code exceptId} has this number. */
	boolean orderNoTaken(String orderNo, Long exceptId) {
		return jdbc.sql("select id from sales_order where order_no_live = :orderNo")
			.param("orderNo", orderNo)
			.query(Long.class)
			.list()
			.stream()
			.anyMatch(id -> !id.equals(exceptId));
	}

	/** Live orders by number, with their lines, whichever account they belong to. */
	Map<String, SalesOrder> findLive(Collection<String> orderNos) {
		List<String> all = List.copyOf(orderNos);
		List<SalesOrder> found = new ArrayList<>();
		for (int from = 0; from < all.size(); from += CHUNK) {
			found.addAll(jdbc.sql("select " + COLUMNS + " from sales_order o where o.order_no_live in (:nos)")
				.param("nos", all.subList(from, Math.min(all.size(), from + CHUNK)))
				.query(SalesOrders::map)
				.list());
		}
		Map<String, SalesOrder> byNo = new HashMap<>();
		withLines(found).forEach(o -> byNo.put(o.orderNo(), o));
		return byNo;
	}

	List<SalesOrder> page(long accountId, LocalDate from, LocalDate to, PageQuery page) {
		SqlFilter where = accountWhere(accountId, from, to);
		return withLines(jdbc
			.sql("select " + COLUMNS + " from sales_order o" + where.where()
					+ " order by o.order_date desc, o.id desc limit :limit offset :offset")
			.params(where.params())
			.param("limit", page.size())
			.param("offset", page.offset())
			.query(SalesOrders::map)
			.list());
	}

	long count(long accountId, LocalDate from, LocalDate to) {
		SqlFilter where = accountWhere(accountId, from, to);
		return jdbc.sql("select count(*) from sales_order o" + where.where())
			.params(where.params())
			.query(Long.class)
			.single();
	}

	private static SqlFilter accountWhere(long accountId, LocalDate from, LocalDate to) {
		return new SqlFilter().and("o.account_id = :accountId", "accountId", accountId)
			.and("o.deleted_at is null")
			.andIfGiven("o.order_date >= :from", "from", from)
			.andIfGiven("o.order_date <= :to", "to", to);
	}

	List<SalesOrder> search(SalesFilter filter, SqlCondition readable, Sorting sorting, PageQuery page) {
		SqlFilter where = searchWhere(filter, readable);
		return withLines(jdbc
			.sql("select " + COLUMNS + " from " + ACROSS + where.where() + " order by " + sorting.orderBy("o.id")
					+ " limit :limit offset :offset")
			.params(where.params())
			.param("limit", page.size())
			.param("offset", page.offset())
			.query(SalesOrders::map)
			.list());
	}

	/**
	 * The matches across accounts, counted no further than {@code cap}: an exact count of
	 * tens of millions of orders costs seconds on every page.
	 */
	long countUpTo(SalesFilter filter, SqlCondition readable, long cap) {
		return searchWhere(filter, readable).countUpTo(jdbc, ACROSS, cap);
	}

	private static SqlFilter searchWhere(SalesFilter filter, SqlCondition readable) {
		SqlFilter where = new SqlFilter().and("o.deleted_at is null")
			.and(readable.sql(), readable.params())
			.equalsIfGiven("o.account_id", "accountId", filter.accountId())
			.equalsIfGiven("o.salesperson_id", "salespersonId", filter.salespersonId())
			.andIfGiven("o.order_date >= :from", "from", filter.from())
			.andIfGiven("o.order_date <= :to", "to", filter.to());
		if (filter.product() != null && !filter.product().isBlank()) {
			where.and(
					"exists (select 1 from sales_line l where l.order_id = o.id and "
							+ SqlFilter.like("l.product_key", "product") + ")",
					"product", SqlFilter.containing(SalesOrderFields.productKey(filter.product())));
		}
		return where;
	}

	/** Count, total, first and last order per currency, the largest total first. */
	List<StatsRow> summary(long accountId, LocalDate from, LocalDate to) {
		SqlFilter where = accountWhere(accountId, from, to);
		return jdbc.sql("""
				select o.currency, count(*) as orders, sum(o.total) as total, min(o.order_date) as first_date,
				  max(o.order_date) as last_date
				from sales_order o""" + where.where() + " group by o.currency order by total desc, o.currency")
			.params(where.params())
			.query((rs, row) -> new StatsRow(rs.getString("currency"), rs.getLong("orders"), rs.getBigDecimal("total"),
					rs.getObject("first_date", LocalDate.class), rs.getObject("last_date", LocalDate.class)))
			.list();
	}

	record StatsRow(String currency, long orders, BigDecimal total, LocalDate first, LocalDate last) {
	}

	/** Orders and total per period and currency, oldest first. */
	List<SalesStats.PeriodTotal> periods(long accountId, LocalDate from, LocalDate to, StatsPeriod by) {
		SqlFilter where = accountWhere(accountId, from, to);
		String year = "extract(year from o.order_date)";
		String part = by.partSql().replace("order_date", "o.order_date");
		return jdbc
			.sql("select " + year + " as y, " + part + " as p, o.currency, count(*) as orders,"
					+ " sum(o.total) as total from sales_order o" + where.where() + " group by " + year
					+ (by == StatsPeriod.YEAR ? "" : ", " + part) + ", o.currency order by y, p, o.currency")
			.params(where.params())
			.query((rs, row) -> {
				int y = rs.getInt("y");
				int p = rs.getInt("p");
				return new SalesStats.PeriodTotal(by.label(y, p), y, by == StatsPeriod.QUARTER ? p : null,
						by == StatsPeriod.MONTH ? p : null, rs.getString("currency"), rs.getLong("orders"),
						rs.getBigDecimal("total"));
			})
			.list();
	}

	/** The newest live orders dated before {@code beforeDate}, for the timeline. */
	List<SalesOrder> newestBefore(long accountId, LocalDate beforeDate, int limit) {
		return withLines(jdbc.sql("select " + COLUMNS + """
				 from sales_order o where o.account_id = :accountId and o.deleted_at is null
				  and o.order_date < :before
				order by o.order_date desc, o.id desc limit :limit""")
			.param("accountId", accountId)
			.param("before", beforeDate)
			.param("limit", limit)
			.query(SalesOrders::map)
			.list());
	}

	/** The orders with their lines, read in one query, in the given order. */
	private List<SalesOrder> withLines(List<SalesOrder> orders) {
		if (orders.isEmpty()) {
			return orders;
		}
		Map<Long, List<SalesLine>> lines = new LinkedHashMap<>();
		List<Long> ids = orders.stream().map(SalesOrder::id).toList();
		for (int from = 0; from < ids.size(); from += CHUNK) {
			jdbc.sql("""
					select order_id, product, quantity, unit_price, line_amount from sales_line
					where order_id in (:ids) order by order_id, line_no""")
				.param("ids", ids.subList(from, Math.min(ids.size(), from + CHUNK)))
				.query(rs -> {
					lines.computeIfAbsent(rs.getLong("order_id"), k -> new ArrayList<>())
						.add(new SalesLine(rs.getString("product"), Amounts.plain(rs.getBigDecimal("quantity")),
								Amounts.plain(rs.getBigDecimal("unit_price")),
								Amounts.money(rs.getBigDecimal("line_amount"))));
				});
		}
		return orders.stream().map(o -> o.withLines(lines.getOrDefault(o.id(), List.of()))).toList();
	}

	private static SalesOrder map(ResultSet rs, int row) throws SQLException {
		return new SalesOrder(rs.getLong("id"), rs.getLong("account_id"), rs.getString("order_no"),
				rs.getObject("order_date", LocalDate.class), rs.getLong("salesperson_id"), rs.getString("currency"),
				Amounts.money(rs.getBigDecimal("total")), List.of(), rs.getObject("created_at", OffsetDateTime.class),
				rs.getObject("updated_at", OffsetDateTime.class), rs.getLong("version"));
	}

}
