package org.kam.account.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kam.account.AccountStatus;
import org.kam.account.DecisionRole;
import org.kam.account.SizeBand;
import org.kam.account.Tier;
import org.kam.account.Urgency;
import org.kam.account.search.DocumentSearch;
import org.kam.account.search.KeywordSearch;
import org.kam.account.search.LikeScan;
import org.kam.account.search.SearchDocuments;
import org.kam.governance.SqlCondition;
import org.kam.region.Regions;
import org.kam.shared.PageQuery;
import org.kam.shared.Sorting;
import org.kam.support.PostgresTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The keyword searches answer the same accounts: on PostgreSQL, which can run both, the
 * search documents (pages in name order sorting every match, or walking the name buckets,
 * with the buckets as they are or cut so small that a page crosses many, or every keyword
 * taken as common and checked per account or per document in bucket order) list and count
 * what the portable LIKE scan of H2 does, for the same filters, access conditions and
 * orders. Every test rolls back.
 */
@PostgresTest
@Transactional
class KeywordSearchStrategiesPostgresTests {

	static final String USCC = "91320500MA1XY7QK3N";

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JdbcTemplate jdbcTemplate;

	@Autowired
	Accounts accounts;

	@Autowired
	Contacts contacts;

	@Autowired
	SearchDocuments searchDocuments;

	@Autowired
	Regions regions;

	long admin;

	String marker;

	@BeforeEach
	void setUp() {
		admin = jdbc.sql("select id from app_user where username = 'admin'").query(Long.class).single();
		marker = "s" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
		insert("鼐罍精工 " + marker, null, AccountStatus.POTENTIAL, admin, null);
		insert("鼐罍 B " + marker, null, AccountStatus.COOPERATING, null, null);
		insert("Other " + marker, null, AccountStatus.POTENTIAL, admin, "犇骉" + marker);
		insert("Uscc " + marker, USCC, AccountStatus.INTENDED, admin, null);
		insert("A 1xy7q " + marker, null, AccountStatus.POTENTIAL, null, "Lee 1XY7Q");
		insert("Zed " + marker, null, AccountStatus.COOPERATING, admin, "Amy 鼐");
	}

	private void insert(String name, String uscc, AccountStatus status, Long owner, String contact) {
		AccountFields fields = new AccountFields(name, uscc, "制造业", "江苏省", "320000", "苏州市", "320500",
				SizeBand.ENTERPRISE, null, null, status, Urgency.DEFERRED, Tier.B, owner, List.of(), null, null, null);
		long id = accounts.insert(fields, admin, AccountsRepositoryTests.NOW);
		if (contact != null) {
			contacts.insert(id,
					new ContactForm(contact, null, DecisionRole.USER, null, null, null, null, null, false, null), admin,
					AccountsRepositoryTests.NOW);
		}
		searchDocuments.refresh(id);
	}

	@Test
	void theSearchDocumentsAnswerWhatTheLikeScanAnswers() {
		Map<String, KeywordSearch> searches = new LinkedHashMap<>();
		searches.put("sorting", new DocumentSearch(jdbc, Long.MAX_VALUE, Long.MAX_VALUE, 1.0));
		searches.put("walking", new DocumentSearch(jdbc, 0, 0, 1.0));
		searches.put("common, checked per account", new DocumentSearch(jdbc, 0, Long.MAX_VALUE, 0));
		searches.put("common, walking", new DocumentSearch(jdbc, 0, 0, 0));
		LikeScan likeScan = new LikeScan();
		Accounts scanned = new Accounts(jdbc, jdbcTemplate, likeScan, regions);
		AccountFilter byMarker = new AccountFilter(marker, null, null, null, null, null, null, null);
		assertThat(pages(scanned, byMarker, AccountsRepositoryTests.EVERYTHING,
				Sorting.parse("name", Accounts.SORTABLE, "name")))
			.as("the LIKE scan finds every account by name")
			.hasSize(6);
		List<Object> expected = answers(likeScan);

		searches.forEach((name, search) -> assertThat(answers(search)).as(name).isEqualTo(expected));

		assertThat(searchDocuments.cutBuckets(200, 1)).as("buckets cut small").isPositive();
		searches
			.forEach((name, search) -> assertThat(answers(search)).as(name + ", small buckets").isEqualTo(expected));
	}

	/** Every page, the counts and the status counts of each filter, access and order. */
	private List<Object> answers(KeywordSearch search) {
		Accounts planned = new Accounts(jdbc, jdbcTemplate, search, regions);
		SqlCondition owned = new SqlCondition("a.owner_id = :who", Map.of("who", admin));
		List<Object> answers = new ArrayList<>();
		for (AccountFilter filter : filters()) {
			for (SqlCondition access : List.of(AccountsRepositoryTests.EVERYTHING, owned)) {
				for (String sort : List.of("name", "name,desc", "updatedAt,desc", "status")) {
					Sorting sorting = Sorting.parse(sort, Accounts.SORTABLE, "name");
					answers.add(List.of(filter, sort, pages(planned, filter, access, sorting)));
				}
				answers.add(List.of(filter, planned.count(planned.plan(filter, access)),
						planned.countUpTo(planned.plan(filter, access), 3),
						planned.countUpTo(planned.plan(filter, access), 100)));
				answers.add(List.of(filter,
						new TreeMap<>(planned.countByStatus(planned.plan(filter.withStatus(null), access)))));
			}
		}
		return answers;
	}

	private List<AccountFilter> filters() {
		List<AccountFilter> filters = new ArrayList<>();
		for (String q : List.of("鼐罍", "罍", "鼐", "犇骉", marker, "1XY7Q", "xy7", "MA1XY", marker + "zzz")) {
			filters.add(new AccountFilter(q, null, null, null, null, null, null, null));
			filters.add(new AccountFilter(q, null, null, null, AccountStatus.POTENTIAL, null, null, null));
			filters.add(new AccountFilter(q, null, null, null, null, null, null, admin));
			filters.add(new AccountFilter(q, "320000", null, null, AccountStatus.COOPERATING, null, null, null));
		}
		for (String q : List.of("鼐罍", "罍", marker)) {
			// a city looks up no province key: a province the city is not in still rules
			// it out
			filters.add(new AccountFilter(q, "320000", "320500", null, null, null, null, null));
			filters.add(new AccountFilter(q, "440000", "320500", null, null, null, null, null));
		}
		filters.add(new AccountFilter(null, null, null, null, AccountStatus.POTENTIAL, null, null, admin));
		return filters;
	}

	/** Every page of two, one after the other, until a page comes back short. */
	private static List<Long> pages(Accounts planned, AccountFilter filter, SqlCondition access, Sorting sorting) {
		List<Long> ids = new ArrayList<>();
		for (int page = 0;; page++) {
			List<Account> items = planned.page(planned.plan(filter, access), sorting, new PageQuery(page, 2));
			items.forEach(account -> ids.add(account.id()));
			if (items.size() < 2) {
				return ids;
			}
		}
	}

}
