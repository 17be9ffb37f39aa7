package org.kam.dataops;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.kam.account.DecisionRole;
import org.kam.account.UnifiedSocialCreditCode;

import static org.assertj.core.api.Assertions.assertThat;

class DemoAccountGeneratorTests {

	private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 11, 25, 0, 0, 0, 0, ZoneOffset.UTC);

	private static final int OWNERS = 10;

	@Test
	void theSameSeedGivesTheSameAccounts() {
		assertThat(generate(42, 2000)).isEqualTo(generate(42, 2000));
		assertThat(generate(43, 50)).isNotEqualTo(generate(42, 50));
	}

	@Test
	void everyCreditCodeIsValidAndUnique() {
		List<String> codes = generate(20261125, 20_000).stream().map(DemoAccount::uscc).toList();
		assertThat(codes).filteredOn(code -> !UnifiedSocialCreditCode.isValid(code)).isEmpty();
		assertThat(new HashSet<>(codes)).hasSameSizeAs(codes);
	}

	@Test
	void creditCodesNameTheRegionOfTheAccount() {
		for (DemoAccount account : generate(7, 500)) {
			Region region = Region.ALL.stream().filter(r -> r.city().equals(account.city())).findFirst().orElseThrow();
			assertThat(account.uscc()).startsWith("91" + region.divisionCode());
			assertThat(region.province()).isEqualTo(account.province());
		}
	}

	@Test
	void accountsLookLikeTheArchiveExpectsThem() {
		List<DemoAccount> accounts = generate(1, 2000);
		assertThat(accounts).allSatisfy(account -> {
			assertThat(account.name()).isNotBlank().hasSizeLessThanOrEqualTo(200);
			assertThat(account.contacts()).hasSizeBetween(1, 4);
			assertThat(account.contacts()).filteredOn(DemoContact::primary).hasSize(1);
			assertThat(account.updatedAt()).isAfterOrEqualTo(account.createdAt());
			assertThat(account.createdAt()).isBefore(NOW).isAfter(NOW.minusYears(3).minusDays(2));
			assertThat(account.tags()).doesNotHaveDuplicates().allSatisfy(tag -> assertThat(tag).doesNotContain(","));
			if (account.owner() != null) {
				assertThat(account.owner()).isBetween(0, OWNERS - 1);
			}
		});
		long withDecisionMaker = accounts.stream()
			.filter(a -> a.contacts().stream().anyMatch(c -> c.decisionRole() == DecisionRole.DECISION_MAKER))
			.count();
		assertThat(withDecisionMaker).isGreaterThan(accounts.size() * 85L / 100);
		assertThat(accounts).anyMatch(a -> a.name().endsWith("有限公司")).anyMatch(a -> a.name().endsWith("Ltd."));
	}

	private static List<DemoAccount> generate(long seed, int count) {
		DemoAccountGenerator generator = new DemoAccountGenerator(seed, OWNERS, NOW);
		List<DemoAccount> accounts = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			accounts.add(generator.next());
		}
		return accounts;
	}

}
