package org.kam.account.domain;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kam.account.AccountStatus;
import org.kam.account.Urgency;
import org.kam.account.search.DocumentSearch;
import org.kam.account.search.KeywordQuery;
import org.kam.account.search.KeywordSearch;
import org.kam.account.search.LikeScan;
import org.kam.account.search.SearchDocuments;
import org.kam.governance.AccountAccessPolicy;
import org.kam.identity.CurrentUser;
import org.kam.identity.Role;
import org.kam.identity.UserDirectory;
import org.kam.region.Regions;
import org.kam.shared.PageQuery;
import org.kam.shared.PageResult;
import org.kam.shared.RecordEvents;
import org.kam.support.BothDatabases;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.ParsedSql;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One list request plans its keyword once per distinct filter: the page and the total of
 * a list share one plan, and so do the total and the status tabs of its counts, and the
 * rows of the list page when its filter has no status. On PostgreSQL a page in name order
 * counts the keyword's matches in the search documents first (to choose between sorting
 * them and walking the name buckets); that capped count is the total's, and runs once per
 * plan. The service is built here around the real beans, with the keyword search watched.
 */
@BothDatabases
@Transactional
class AccountListPlanningTests {

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JdbcTemplate jdbcTemplate;

	@Autowired
	Accounts accounts;

	@Autowired
	SearchDocuments searchDocuments;

	@Autowired
	Regions regions;

	@Autowired
	AccountAccessPolicy policy;

	@Autowired
	UserDirectory userDirectory;

	@Autowired
	Clock clock;

	@Autowired
	RegionInput regionInput;

	@Autowired
	RecordEvents events;

	@Value("${kam.search.walk-above}")
	long walkAbove;

	@Value("${kam.search.common-walk-above}")
	long commonWalkAbove;

	@Value("${kam.search.common-share}")
	double commonShare;

	/** What the service asked the keyword search to plan. */
	final List<KeywordQuery> plans = new ArrayList<>();

	/** The capped counts of the search documents that the plans ran. */
	final List<String> probes = new ArrayList<>();

	AccountService service;

	CurrentUser manager;

	String marker;

	@BeforeEach
	void setUp() {
		long admin = jdbc.sql("select id from app_user where username = 'admin'").query(Long.class).single();
		manager = new CurrentUser(admin, "admin", "Admin", Set.of(Role.ACCOUNT_MANAGER));
		marker = "p" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
		for (AccountStatus status : List.of(AccountStatus.POTENTIAL, AccountStatus.POTENTIAL,
				AccountStatus.COOPERATING)) {
			AccountFields fields = new AccountFields("Planned " + marker, null, null, null, null, null, null, null,
					null, null, status, Urgency.DEFERRED, null, admin, List.of(), null, null, null);
			long id = accounts.insert(fields, admin, AccountsRepositoryTests.NOW);
			searchDocuments.refresh(id);
		}
		NamedParameterJdbcTemplate watched = new NamedParameterJdbcTemplate(dataSource) {
			@Override
			protected ParsedSql getParsedSql(String sql) {
				if (sql.startsWith("select count(*) from (select from account_search_doc a")) {
					probes.add(sql);
				}
				return super.getParsedSql(sql);
			}
		};
		KeywordSearch search = searchDocuments.kept()
				? new DocumentSearch(JdbcClient.create(watched), walkAbove, commonWalkAbove, commonShare)
				: new LikeScan();
		KeywordSearch counted = query -> {
			plans.add(query);
			return search.plan(query);
		};
		service = new AccountService(new Accounts(jdbc, jdbcTemplate, counted, regions), searchDocuments, policy,
				userDirectory, clock, regionInput, events);
	}

	AccountFilter keyword(AccountStatus status) {
		return new AccountFilter(marker, null, null, null, status, null, null, null);
	}

	@Test
	void aListPlansItsKeywordOnceForThePageAndTheTotal() {
		PageResult<Account> result = service.list(keyword(null), null, new PageQuery(0, 2), manager);

		assertThat(result.items()).hasSize(2);
		assertThat(result.total()).isEqualTo(3);
		assertThat(plans).hasSize(1);
		assertThat(probes).hasSize(searchDocuments.kept() ? 1 : 0);
	}

	@Test
	void theListPagePlansAFilterWithoutAStatusOnceForItsRowsAndItsCounts() {
		AccountListPage listed = service.listPage(keyword(null), null, new PageQuery(0, 2), manager);

		assertThat(listed.items()).hasSize(2);
		assertThat(listed.counts().total()).isEqualTo(3);
		assertThat(listed.counts().byStatus()).containsEntry("POTENTIAL", 2L).containsEntry("COOPERATING", 1L);
		assertThat(plans).hasSize(1);
		assertThat(probes).hasSize(searchDocuments.kept() ? 1 : 0);
	}

	@Test
	void theListPagePlansAFilterWithAStatusForItsRowsAndForAnyStatusForItsTabs() {
		AccountListPage listed = service.listPage(keyword(AccountStatus.COOPERATING), null, new PageQuery(0, 2),
				manager);

		assertThat(listed.items()).hasSize(1);
		assertThat(listed.counts().total()).isEqualTo(1);
		assertThat(plans).extracting(KeywordQuery::status).containsExactly(null, "COOPERATING");
		assertThat(probes).hasSize(searchDocuments.kept() ? 2 : 0);
	}

	@Test
	void theListCountsPlanTheFilterForAnyStatusOnceForTheTotalAndTheTabs() {
		ListCounts counts = service.listCounts(keyword(AccountStatus.POTENTIAL), manager);

		assertThat(counts.total()).isEqualTo(2);
		assertThat(counts.byStatus()).containsEntry("POTENTIAL", 2L).containsEntry("COOPERATING", 1L);
		assertThat(plans).extracting(KeywordQuery::status).containsExactly((String) null);
		assertThat(probes).hasSize(searchDocuments.kept() ? 1 : 0);
	}

}
