package org.kam.dataops;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.kam.account.AccountStatus;
import org.kam.account.DecisionRole;
import org.kam.account.SizeBand;
import org.kam.account.Tier;
import org.kam.account.Urgency;

/**
 * Generates demo accounts one after another. The same seed, number of owners and
 * reference time give the same accounts in the same order, so a demo or a benchmark can
 * be repeated. It holds nothing but its random source, so a million accounts stream in
 * flat memory.
 */
final class DemoAccountGenerator {

	private static final long HISTORY_SECONDS = Duration.ofDays(3 * 365).toSeconds();

	private static final int ENGLISH_PERCENT = 20;

	private static final LocalDate OLDEST_BIRTHDAY = LocalDate.of(1962, 1, 1);

	private static final int BIRTHDAY_DAYS = 37 * 365;

	private static final AccountStatus[] STATUSES = AccountStatus.values();

	private static final DecisionRole[] OTHER_ROLES = { DecisionRole.INFLUENCER, DecisionRole.USER,
			DecisionRole.GATEKEEPER, DecisionRole.DECISION_MAKER, DecisionRole.OTHER };

	private final SplittableRandom random;

	private final DemoCreditCodes creditCodes;

	private final int owners;

	private final OffsetDateTime reference;

	private int index;

	/**
	 * @param owners how many demo account managers there are to own accounts
	 * @param reference the "now" the generated history ends at
	 */
	DemoAccountGenerator(long seed, int owners, OffsetDateTime reference) {
		this.random = new SplittableRandom(seed);
		this.creditCodes = new DemoCreditCodes(seed);
		this.owners = owners;
		this.reference = reference.withOffsetSameInstant(ZoneOffset.UTC);
	}

	DemoAccount next() {
		Region region = Region.pick(random);
		Industry industry = Industry.pick(random);
		boolean english = Pick.chance(random, ENGLISH_PERCENT);
		CompanyNames.CompanyName company = english ? CompanyNames.english(random, region, industry)
				: CompanyNames.chinese(random, region, industry);
		String uscc = creditCodes.code(index++, region.divisionCode());
		OffsetDateTime createdAt = reference.minusSeconds(1 + random.nextLong(HISTORY_SECONDS));
		OffsetDateTime updatedAt = Pick.chance(random, 30) ? createdAt
				: createdAt.plusSeconds(random.nextLong(Duration.between(createdAt, reference).toSeconds() + 1));
		return new DemoAccount(company.name(), uscc, industry.name(), region.province(), region.provinceCode(),
				region.city(), region.cityCode(), sizeBand(), DemoTexts.address(random, region),
				Pick.chance(random, 70) ? "https://www." + company.domain() : null,
				STATUSES[Pick.weighted(random, 35, 25, 30, 10)], Urgency.values()[Pick.weighted(random, 15, 35, 50)],
				tier(), owners == 0 || Pick.chance(random, 3) ? null : random.nextInt(owners), DemoTexts.tags(random),
				Pick.chance(random, 70) ? DemoTexts.needs(random, english) : null,
				Pick.chance(random, 50) ? DemoTexts.preferences(random, english) : null,
				Pick.chance(random, 10) ? DemoTexts.notes(random, createdAt.getYear()) : null, createdAt, updatedAt,
				contacts(english, company.domain()));
	}

	private SizeBand sizeBand() {
		int band = Pick.weighted(random, 10, 30, 30, 20, 10, 5);
		return band < SizeBand.values().length ? SizeBand.values()[band] : null;
	}

	private Tier tier() {
		int tier = Pick.weighted(random, 15, 35, 40, 10);
		return tier < Tier.values().length ? Tier.values()[tier] : null;
	}

	/**
	 * One to four contacts; the first is usually the decision maker and usually the
	 * primary contact.
	 */
	private List<DemoContact> contacts(boolean englishAccount, String domain) {
		int count = 1 + Pick.weighted(random, 20, 30, 30, 20);
		int primary = Pick.chance(random, 85) ? 0 : random.nextInt(count);
		List<DemoContact> contacts = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			DecisionRole role = i == 0
					? (Pick.chance(random, 90) ? DecisionRole.DECISION_MAKER : DecisionRole.INFLUENCER)
					: OTHER_ROLES[Pick.weighted(random, 35, 25, 20, 10, 10)];
			boolean english = Pick.chance(random, englishAccount ? 60 : 5);
			PersonNames.PersonName person = english ? PersonNames.english(random) : PersonNames.chinese(random);
			contacts.add(new DemoContact(person.name(), DemoTexts.title(random, role, english), role,
					Pick.chance(random, 95) ? DemoTexts.mobile(random) : null,
					Pick.chance(random, 85) ? person.mailbox() + "@" + domain : null,
					Pick.chance(random, 75) ? OLDEST_BIRTHDAY.plusDays(random.nextInt(BIRTHDAY_DAYS)) : null,
					Pick.chance(random, 40) ? DemoTexts.contactPreferences(random, english) : null, i == primary));
		}
		return contacts;
	}

}
