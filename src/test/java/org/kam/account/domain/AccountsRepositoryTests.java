package org.kam.account.domain;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kam.account.AccountStatus;
import org.kam.account.DecisionRole;
import org.kam.account.SizeBand;
import org.kam.account.Tier;
import org.kam.account.UnifiedSocialCreditCode;
import org.kam.account.Urgency;
import org.kam.account.search.SearchDocuments;
import org.kam.governance.SqlCondition;
import org.kam.shared.PageQuery;
import org.kam.shared.Sorting;
import org.kam.support.BothDatabases;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/** The account and contact SQL on each database; every test rolls back. */
@BothDatabases
@Transactional
class AccountsRepositoryTests {

	static final SqlCondition EVERYTHING = new SqlCondition("1 = 1", Map.of());

	static final OffsetDateTime NOW = OffsetDateTime.of(2026, 11, 25, 8, 0, 0, 0, ZoneOffset.UTC);

	@Autowired
	Accounts accounts;

	@Autowired
	Contacts contacts;

	@Autowired
	SearchDocuments searchDocuments;

	@Autowired
	JdbcClient jdbc;

	long admin;

	String marker;

	@BeforeEach
	void setUp() {
		admin = jdbc.sql("select id from app_user where username = 'admin'").query(Long.class).single();
		marker = "r" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
	}

	AccountFields fields(String name, AccountStatus status, Long owner) {
		return new AccountFields(name, null, "制造业", "江苏省", "320000", "苏州市", "320500", SizeBand.ENTERPRISE, null, null,
				status, Urgency.DEFERRED, Tier.B, owner, List.of("a", "b"), "需求", "偏好", null);
	}

	/** Inserts as AccountService does: with the account's search document. */
	long insert(AccountFields fields, long userId, OffsetDateTime now) {
		long id = accounts.insert(fields, userId, now);
		searchDocuments.refresh(id);
		return id;
	}

	/** Inserts as ContactService does: with the account's search document. */
	long insertContact(long accountId, ContactForm form, long userId, OffsetDateTime now) {
		long id = contacts.insert(accountId, form, userId, now);
		searchDocuments.refresh(accountId);
		return id;
	}

	AccountFilter byMarker() {
		return new AccountFilter(marker, null, null, null, null, null, null, null);
	}

	@Test
	void insertsAndReadsBackEveryField() {
		long id = accounts.insert(fields("苏州精工 " + marker, AccountStatus.INTENDED, admin), admin, NOW);

		Account account = accounts.find(id, EVERYTHING).orElseThrow();

		assertThat(account.name()).isEqualTo("苏州精工 " + marker);
		assertThat(account.status()).isEqualTo(AccountStatus.INTENDED);
		assertThat(account.sizeBand()).isEqualTo(SizeBand.ENTERPRISE);
		assertThat(account.tags()).containsExactly("a", "b");
		assertThat(account.createdAt().toInstant()).isEqualTo(NOW.toInstant());
		assertThat(account.ownerId()).isEqualTo(admin);
		assertThat(account.version()).isZero();
	}

	@Test
	void anUpdateNeedsTheCurrentVersionAndTheAccessCondition() {
		long id = accounts.insert(fields("Versioned " + marker, AccountStatus.POTENTIAL, admin), admin, NOW);
		SqlCondition nobody = new SqlCondition("a.owner_id = :who", Map.of("who", -1L));

		assertThat(
				accounts.update(id, 0, fields("Denied " + marker, AccountStatus.POTENTIAL, admin), nobody, admin, NOW))
			.isZero();
		assertThat(accounts.update(id, 0, fields("Changed " + marker, AccountStatus.COOPERATING, admin), EVERYTHING,
				admin, NOW))
			.isEqualTo(1);
		assertThat(accounts.update(id, 0, fields("Stale " + marker, AccountStatus.COOPERATING, admin), EVERYTHING,
				admin, NOW))
			.isZero();
		assertThat(accounts.liveVersion(id)).contains(1L);
		assertThat(accounts.find(id, EVERYTHING).orElseThrow().name()).isEqualTo("Changed " + marker);
	}

	@Test
	void theAccessConditionFiltersListsCountsAndReads() {
		long mine = insert(fields("Mine " + marker, AccountStatus.COOPERATING, admin), admin, NOW);
		insert(fields("Unowned " + marker, AccountStatus.COOPERATING, null), admin, NOW);
		SqlCondition owned = new SqlCondition("a.owner_id = :who", Map.of("who", admin));
		Sorting byName = Sorting.parse("name", Accounts.SORTABLE, "name");

		assertThat(page(byMarker(), owned, byName, new PageQuery(0, 10))).extracting(Account::id).containsExactly(mine);
		assertThat(count(byMarker(), owned)).isEqualTo(1);
		assertThat(count(byMarker(), EVERYTHING)).isEqualTo(2);
	}

	@Test
	void keywordFindsNamesUsccsAndContactsAndTakesWildcardsLiterally() {
		long byName = insert(fields("Acme " + marker + " 有限公司", AccountStatus.POTENTIAL, admin), admin, NOW);
		long byContact = insert(fields("Other " + marker.substring(1), AccountStatus.POTENTIAL, admin), admin, NOW);
		insertContact(byContact, new ContactForm("张" + marker + "伟", "总经理", DecisionRole.DECISION_MAKER, null, null,
				null, null, null, true, null), admin, NOW);
		Sorting sorting = Sorting.parse(null, Accounts.SORTABLE, "name");

		assertThat(page(byMarker(), EVERYTHING, sorting, new PageQuery(0, 10))).extracting(Account::id)
			.containsExactlyInAnyOrder(byName, byContact);
		AccountFilter wildcard = new AccountFilter(marker.substring(0, 3) + "_" + marker.substring(4), null, null, null,
				null, null, null, null);
		assertThat(count(wildcard, EVERYTHING)).isZero();
	}

	@Test
	void keywordsOfOneOrTwoCharactersFindNamesAndContactsButNotUsccFragments() {
		// rare characters, so that accounts other tests left behind do not crowd the page
		long byName = insert(fields("鼐罍精工 " + marker, AccountStatus.POTENTIAL, admin), admin, NOW);
		long byContact = insert(fields("Other " + marker, AccountStatus.POTENTIAL, admin), admin, NOW);
		insertContact(byContact,
				new ContactForm("犇骉", "总经理", DecisionRole.DECISION_MAKER, null, null, null, null, null, true, null),
				admin, NOW);
		AccountFields withUscc = new AccountFields("Uscc " + marker, "91320500MA1XY7QK3N", null, null, null, null, null,
				null, null, null, AccountStatus.POTENTIAL, Urgency.DEFERRED, null, admin, List.of(), null, null, null);
		long byUscc = insert(withUscc, admin, NOW);

		assertThat(ids(keyword("鼐罍"))).contains(byName).doesNotContain(byContact, byUscc);
		assertThat(ids(keyword("罍"))).contains(byName).doesNotContain(byContact);
		assertThat(ids(keyword("罍鼐"))).doesNotContain(byName);
		assertThat(ids(keyword("犇骉"))).contains(byContact).doesNotContain(byName);
		assertThat(ids(keyword(" 骉 "))).contains(byContact);
		assertThat(ids(keyword("XY"))).as("a USCC fragment needs three characters").doesNotContain(byUscc);
		assertThat(ids(keyword("XY7"))).contains(byUscc);
	}

	@Test
	void aShortKeywordPagesInTheSortOrderWithinTheAccessCondition() {
		long other = insert(fields("Other " + marker, AccountStatus.POTENTIAL, null), admin, NOW);
		insertContact(other,
				new ContactForm("鼗鼙", "总经理", DecisionRole.DECISION_MAKER, null, null, null, null, null, true, null),
				admin, NOW);
		long second = insert(fields("鼗鼙 B " + marker, AccountStatus.POTENTIAL, admin), admin, NOW);
		long first = insert(fields("鼗鼙 A " + marker, AccountStatus.POTENTIAL, admin), admin, NOW);
		Sorting byName = Sorting.parse("name", Accounts.SORTABLE, "name");
		Sorting byNameDesc = Sorting.parse("name,desc", Accounts.SORTABLE, "name");
		SqlCondition owned = new SqlCondition("a.owner_id = :who", Map.of("who", admin));

		List<Long> all = page(keyword("鼗鼙"), EVERYTHING, byName, new PageQuery(0, 10)).stream()
			.map(Account::id)
			.toList();
		assertThat(all).containsExactlyInAnyOrder(first, second, other);
		assertThat(all.indexOf(first)).isLessThan(all.indexOf(second));
		List<Long> paged = new ArrayList<>();
		paged.addAll(page(keyword("鼗鼙"), EVERYTHING, byName, new PageQuery(0, 2)).stream().map(Account::id).toList());
		paged.addAll(page(keyword("鼗鼙"), EVERYTHING, byName, new PageQuery(1, 2)).stream().map(Account::id).toList());
		assertThat(paged).containsExactlyElementsOf(all);
		assertThat(page(keyword("鼙"), owned, byNameDesc, new PageQuery(0, 10))).extracting(Account::id)
			.containsExactly(second, first);
		assertThat(countUpTo(keyword("鼗"), owned, 10)).isEqualTo(2);
	}

	@Test
	void theSearchDocumentOfAnAccountHoldsEveryCharacterAndPairOfItsNameAndItsLiveContactsNamesAndItsFilters() {
		long account = accounts.insert(fields("Ab 华信", AccountStatus.POTENTIAL, admin), admin, NOW);
		contacts.insert(account, contact("王伟", DecisionRole.USER, false), admin, NOW);
		long gone = contacts.insert(account, contact("赵六", DecisionRole.USER, false), admin, NOW);
		contacts.softDelete(account, gone, admin, NOW);
		long untouched = accounts.insert(fields("Zz", AccountStatus.POTENTIAL, admin), admin, NOW);
		searchDocuments.refresh(account, untouched);
		if (!searchDocuments.kept()) {
			return; // H2 keeps no documents: its keyword search scans
		}

		List<String> filters = filterTokens(account);
		assertThat(filters).hasSize(16);
		assertThat(tokens(account)).containsAll(filters)
			.containsAll(List.of("a", "b", " ", "华", "信", "ab", "b ", " 华", "华信", "王", "伟", "王伟"))
			.doesNotContain("信王", "赵", "赵六")
			.filteredOn(token -> !filters.contains(token))
			.hasSize(12);
		List<String> untouchedFilters = filterTokens(untouched);
		assertThat(tokens(untouched)).containsAll(untouchedFilters)
			.filteredOn(token -> !untouchedFilters.contains(token))
			.containsExactlyInAnyOrder("z", "zz");
		assertThat(jdbc.sql("select name_key from account_search_doc where account_id = :id")
			.param("id", account)
			.query(String.class)
			.list()).containsExactly("ab 华信");

		contacts.insert(untouched, contact("王五", DecisionRole.USER, false), admin, NOW);
		searchDocuments.refresh(untouched);
		assertThat(tokens(untouched)).filteredOn(token -> !untouchedFilters.contains(token))
			.containsExactlyInAnyOrder("z", "zz", "王", "五", "王五");
	}

	/**
	 * The keys of the filter values every test account here has, as {@link #tokens} gives
	 * them: in any bucket (V22_0) and in the account's document's (V23_0).
	 */
	private List<String> filterTokens(long accountId) {
		return jdbc.sql("""
				select 'filter ' || k from account_search_doc d,
				  (values (1, 'POTENTIAL'), (2, 'DEFERRED'), (3, '320000'), (4, '320500'), (5, '制造业'), (6, 'B'),
				          (7, :admin), (8, 'ENTERPRISE')) as t (f, v),
				  lateral (values (kam_filter_key(f, v)), (kam_filter_key(f, v, d.bucket))) as x (k)
				where d.account_id = :id""")
			.param("admin", Long.toString(admin))
			.param("id", accountId)
			.query(String.class)
			.list();
	}

	/**
	 * The distinct tokens the document's index keys (V22_0, V23_0) stand for, for an
	 * account: the name and USCC tokens without their bucket, a filter as "filter" and
	 * its key.
	 */
	private List<String> tokens(long accountId) {
		return jdbc.sql("""
				select distinct case
				  when k >> 60 in (5, 6) then 'filter ' || k
				  when k >> 60 in (3, 4) then '#' || chr(((k >> 14) & 127)::int) || chr(((k >> 7) & 127)::int)
				                              || chr((k & 127)::int)
				  when (k & ((1::bigint << 42) - 1)) < (1 << 21) then chr((k & ((1 << 21) - 1))::int)
				  else chr(((k >> 21) & ((1 << 21) - 1))::int) || chr((k & ((1 << 21) - 1))::int) end
				from account_search_doc a,
				  unnest(kam_search_keys(a.names, a.uscc, a.status, a.province_code, a.city_code, a.industry, a.urgency,
				                         a.tier, a.owner_id, a.size_band, a.bucket)) as k
				where a.account_id = :id""").param("id", accountId).query(String.class).list();
	}

	@Test
	void aLongKeywordPagesNamesContactsAndUsccsInTheSortOrderWithinTheAccessCondition() {
		String uscc = "91320500MA1XY7QK3N";
		String fragment = uscc.substring(9, 14); // "1XY7Q"
		AccountFields byUsccFields = new AccountFields("M " + marker, uscc, null, null, null, null, null, null, null,
				null, AccountStatus.POTENTIAL, Urgency.DEFERRED, null, admin, List.of(), null, null, null);
		long byUscc = insert(byUsccFields, admin, NOW);
		long byName = insert(fields("B " + fragment.toLowerCase() + " " + marker, AccountStatus.POTENTIAL, admin),
				admin, NOW);
		long byContact = insert(fields("Z " + marker, AccountStatus.POTENTIAL, admin), admin, NOW);
		insertContact(byContact, contact("Lee " + fragment, DecisionRole.USER, false), admin, NOW);
		long notMine = insert(fields("A " + fragment + " " + marker, AccountStatus.POTENTIAL, null), admin, NOW);
		Sorting nameOrder = Sorting.parse("name", Accounts.SORTABLE, "name");
		Sorting nameOrderDesc = Sorting.parse("name,desc", Accounts.SORTABLE, "name");
		SqlCondition owned = new SqlCondition("a.owner_id = :who", Map.of("who", admin));

		assertThat(pages(keyword(fragment), EVERYTHING, nameOrder, 2)).containsExactly(notMine, byName, byUscc,
				byContact);
		assertThat(pages(keyword(fragment), owned, nameOrderDesc, 2)).containsExactly(byContact, byUscc, byName);
		assertThat(countUpTo(keyword(fragment), EVERYTHING, 10)).isEqualTo(4);
		assertThat(countUpTo(keyword(fragment), EVERYTHING, 3)).isEqualTo(3);
		assertThat(countUpTo(keyword(fragment), owned, 10)).isEqualTo(3);
		assertThat(countByStatus(keyword(fragment), owned)).containsEntry("POTENTIAL", 3L);
		AccountFilter unrelated = new AccountFilter(fragment + "zzz", null, null, null, null, null, null, null);
		assertThat(pages(unrelated, EVERYTHING, nameOrder, 2)).isEmpty();
		assertThat(countUpTo(unrelated, EVERYTHING, 10)).isZero();
	}

	/** Every page of a list, one after the other, until a page comes back short. */
	private List<Long> pages(AccountFilter filter, SqlCondition access, Sorting sorting, int size) {
		List<Long> ids = new ArrayList<>();
		for (int page = 0;; page++) {
			List<Account> items = page(filter, access, sorting, new PageQuery(page, size));
			items.forEach(account -> ids.add(account.id()));
			if (items.size() < size) {
				return ids;
			}
		}
	}

	@Test
	void aKeywordWithAStatusFollowsTheAccountsStatus() {
		long id = insert(fields("鼯鼩 " + marker, AccountStatus.POTENTIAL, admin), admin, NOW);
		AccountFilter potential = new AccountFilter("鼯鼩", null, null, null, AccountStatus.POTENTIAL, null, null, null);
		AccountFilter cooperating = potential.withStatus(AccountStatus.COOPERATING);
		AccountFilter longPotential = new AccountFilter(marker, null, null, null, AccountStatus.POTENTIAL, null, null,
				null);
		assertThat(countUpTo(potential, EVERYTHING, 10)).isEqualTo(1);
		assertThat(countUpTo(longPotential, EVERYTHING, 10)).isEqualTo(1);

		accounts.update(id, 0, fields("鼯鼩 " + marker, AccountStatus.COOPERATING, admin), EVERYTHING, admin, NOW);
		searchDocuments.refresh(id);

		assertThat(countUpTo(potential, EVERYTHING, 10)).isZero();
		assertThat(countUpTo(longPotential, EVERYTHING, 10)).isZero();
		assertThat(ids(potential)).isEmpty();
		assertThat(ids(cooperating)).containsExactly(id);
		assertThat(countByStatus(potential, EVERYTHING)).containsExactly(Map.entry("COOPERATING", 1L));
		assertThat(countByStatus(longPotential, EVERYTHING)).containsExactly(Map.entry("COOPERATING", 1L));
	}

	@Test
	void countingStopsAtTheCap() {
		for (int i = 0; i < 3; i++) {
			insert(fields("Capped " + i + " " + marker, AccountStatus.POTENTIAL, admin), admin, NOW);
		}

		assertThat(countUpTo(byMarker(), EVERYTHING, 2)).isEqualTo(2);
		assertThat(countUpTo(byMarker(), EVERYTHING, 10)).isEqualTo(3);
	}

	@Test
	void theTallyMovesWithEveryWriteAndARecountMatchesTheAccounts() {
		Map<String, Long> before = accounts.tallyByStatus(Tier.B);
		accounts.insert(fields("Tallied " + marker, AccountStatus.INTENDED, admin), admin, NOW);
		accounts.retally(null, null, AccountStatus.INTENDED, Tier.B);
		accounts.retally(AccountStatus.INTENDED, Tier.B, AccountStatus.COOPERATING, Tier.B);
		accounts.retally(AccountStatus.COOPERATING, Tier.B, AccountStatus.COOPERATING, Tier.B);

		Map<String, Long> after = accounts.tallyByStatus(Tier.B);
		assertThat(after.get("COOPERATING") - before.get("COOPERATING")).isEqualTo(1);
		assertThat(after.get("INTENDED")).isEqualTo(before.get("INTENDED"));

		accounts.recountTally();
		Map<String, Long> counted = new HashMap<>(countByStatus(AccountFilter.none(), EVERYTHING));
		Map<String, Long> tallied = new HashMap<>(accounts.tallyByStatus(null));
		tallied.values().removeIf(n -> n == 0);
		assertThat(tallied).isEqualTo(counted);
		long noTier = accounts.countByTier(EVERYTHING).getOrDefault(null, 0L);
		assertThat(accounts.tallyByTier().getOrDefault(null, 0L)).isEqualTo(noTier);
	}

	/** The list's reads as the service makes them: one plan per request. */
	private List<Account> page(AccountFilter filter, SqlCondition access, Sorting sorting, PageQuery page) {
		return accounts.page(accounts.plan(filter, access), sorting, page);
	}

	private long count(AccountFilter filter, SqlCondition access) {
		return accounts.count(accounts.plan(filter, access));
	}

	private long countUpTo(AccountFilter filter, SqlCondition access, long cap) {
		return accounts.countUpTo(accounts.plan(filter, access), cap);
	}

	/** Per status, whatever the filter's own status says (as the status tabs count). */
	private Map<String, Long> countByStatus(AccountFilter filter, SqlCondition access) {
		return accounts.countByStatus(accounts.plan(filter.withStatus(null), access));
	}

	private AccountFilter keyword(String q) {
		return new AccountFilter(q, null, null, null, null, null, null, null);
	}

	private List<Long> ids(AccountFilter filter) {
		return page(filter, EVERYTHING, Sorting.parse(null, Accounts.SORTABLE, "name"), new PageQuery(0, 200)).stream()
			.map(Account::id)
			.toList();
	}

	@Test
	void usccIsUniqueOnlyAmongOtherLiveAccounts() {
		String uscc = "91320500" + marker.substring(1, 10).toUpperCase().replaceAll("[IOSVZ]", "1");
		uscc = uscc + UnifiedSocialCreditCode.checkCharacter(uscc);
		AccountFields withUscc = new AccountFields("Coded " + marker, uscc, null, null, null, null, null, null, null,
				null, AccountStatus.POTENTIAL, Urgency.CAN_WAIT, null, admin, List.of(), null, null, null);
		long id = accounts.insert(withUscc, admin, NOW);

		assertThat(accounts.usccTaken(uscc, null)).isTrue();
		assertThat(accounts.usccTaken(uscc, id)).isFalse();
		jdbc.sql("update account set deleted_at = :now, uscc_live = null where id = :id")
			.param("now", NOW)
			.param("id", id)
			.update();
		assertThat(accounts.usccTaken(uscc, null)).isFalse();
		assertThat(accounts.find(id, EVERYTHING)).isEmpty();
	}

	@Test
	void contactsListDecisionMakersFirstAndPrimaryNext() {
		long account = accounts.insert(fields("Contacts " + marker, AccountStatus.POTENTIAL, admin), admin, NOW);
		contacts.insert(account, contact("Amy", DecisionRole.USER, false), admin, NOW);
		contacts.insert(account, contact("Bob", DecisionRole.INFLUENCER, true), admin, NOW);
		contacts.insert(account, contact("Zed", DecisionRole.DECISION_MAKER, false), admin, NOW);

		assertThat(contacts.page(account, new PageQuery(0, 10))).extracting(Contact::name)
			.containsExactly("Zed", "Bob", "Amy");
		assertThat(contacts.count(account)).isEqualTo(3);
	}

	private static ContactForm contact(String name, DecisionRole role, boolean primary) {
		return new ContactForm(name, null, role, null, null, null, null, null, primary, null);
	}

}
