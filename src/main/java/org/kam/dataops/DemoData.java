package org.kam.dataops;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.kam.account.AccountApi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fills an empty database with demo accounts, their contacts, the account managers who
 * own them and every record kind that declares a {@link DemoFiller}. Refuses a database
 * that already holds accounts: demo data must never mix with real data. Each batch
 * commits on its own, so memory stays flat at a million accounts and a failure leaves
 * only whole batches behind.
 */
@Service
public class DemoData {

	private static final Logger log = LoggerFactory.getLogger(DemoData.class);

	private static final int BATCH_SIZE = 1000;

	private static final int PROGRESS_EVERY = 100_000;

	private static final int ACCOUNTS_PER_MANAGER = 2000;

	private static final int MIN_MANAGERS = 5;

	private static final int MAX_MANAGERS = 200;

	private final DemoRows rows;

	private final DemoUsers users;

	private final TransactionTemplate transaction;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final ObjectProvider<DemoFiller> fillers;

	private final AccountApi accountApi;

	DemoData(DemoRows rows, DemoUsers users, PlatformTransactionManager transactionManager, JdbcTemplate jdbc,
			Clock clock, ObjectProvider<DemoFiller> fillers, AccountApi accountApi) {
		this.fillers = fillers;
		this.accountApi = accountApi;
		this.rows = rows;
		this.users = users;
		this.transaction = new TransactionTemplate(transactionManager);
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Loads {@code accounts} demo accounts if the account table is empty; the same seed
	 * gives the same data.
	 */
	public LoadReport load(int accounts, long seed) {
		return load(accounts, seed, true);
	}

	/**
	 * As {@link #load(int, long)}; without {@code records} only users, accounts and
	 * contacts are written (the account list benchmark needs nothing else).
	 */
	public LoadReport load(int accounts, long seed, boolean records) {
		if (accounts <= 0) {
			throw new IllegalArgumentException("accounts must be positive, not " + accounts);
		}
		if (!rows.noAccounts()) {
			log.info("Demo data not loaded: the database already holds accounts");
			return LoadReport.skippedLoad();
		}
		warnIfPostgresBatchesAreNotRewritten();
		long started = System.nanoTime();
		// whole days, so that loads on the same day produce identical rows
		OffsetDateTime now = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.DAYS);
		int managers = Math.min(MAX_MANAGERS, Math.max(MIN_MANAGERS, accounts / ACCOUNTS_PER_MANAGER));
		DemoUsers.Team team = users.ensure(managers, seed, now);
		DemoAccountGenerator generator = new DemoAccountGenerator(seed, team.ids().size(), now);
		long accountId = rows.nextId("account");
		long firstAccount = accountId;
		long contactId = rows.nextId("contact");
		long contacts = 0;
		for (int done = 0; done < accounts;) {
			List<DemoAccount> batch = new ArrayList<>(BATCH_SIZE);
			while (batch.size() < BATCH_SIZE && done + batch.size() < accounts) {
				batch.add(generator.next());
			}
			long firstAccountId = accountId;
			long firstContactId = contactId;
			int written = transaction.execute(status -> {
				int contactsWritten = rows.insert(batch, firstAccountId, firstContactId, team.ids());
				accountApi.indexForSearch(firstAccountId, firstAccountId + batch.size() - 1);
				return contactsWritten;
			});
			accountId += batch.size();
			contactId += written;
			contacts += written;
			int before = done;
			done += batch.size();
			if (done / PROGRESS_EVERY > before / PROGRESS_EVERY) {
				log.info("Demo data: {} of {} accounts loaded ({} accounts/s)", done, accounts,
						Math.round(done / seconds(started)));
			}
		}
		rows.restartIdentity("account", accountId);
		rows.restartIdentity("contact", contactId);
		accountApi.afterBulkLoad();
		long recordsWritten = records ? fillRecords(firstAccount, accountId - 1, new DemoContext(seed, now, team.ids()))
				: 0;
		LoadReport report = new LoadReport(false, team.created(), accounts, contacts, recordsWritten,
				Duration.ofNanos(System.nanoTime() - started));
		log.info(
				"Demo data: loaded {} accounts and {} contacts ({} new account managers) in {} s: {} accounts/s, {} rows/s",
				report.accounts(), report.contacts(), report.usersCreated(), report.elapsed().toSeconds(),
				Math.round(report.accountsPerSecond()), Math.round(report.rowsPerSecond()));
		return report;
	}

	/**
	 * Every record kind for the accounts just loaded, one transaction per chunk of
	 * accounts (all kinds together), so a failure leaves whole chunks.
	 */
	private long fillRecords(long firstAccount, long lastAccount, DemoContext context) {
		List<DemoFiller> kinds = fillers.orderedStream().sorted(Comparator.comparingInt(DemoFiller::order)).toList();
		if (kinds.isEmpty()) {
			return 0;
		}
		long started = System.nanoTime();
		Map<String, Long> written = new TreeMap<>();
		for (long from = firstAccount; from <= lastAccount; from += BATCH_SIZE) {
			long to = Math.min(lastAccount, from + BATCH_SIZE - 1);
			List<DemoAccountRef> chunk = rows.accountRefs(from, to);
			transaction.executeWithoutResult(status -> {
				for (DemoFiller filler : kinds) {
					written.merge(filler.kind(), filler.fill(chunk, context), Long::sum);
				}
			});
			if ((to - firstAccount + 1) / PROGRESS_EVERY > (from - firstAccount) / PROGRESS_EVERY) {
				log.info("Demo data: records for {} of {} accounts ({} s)", to - firstAccount + 1,
						lastAccount - firstAccount + 1, Math.round(seconds(started)));
			}
		}
		log.info("Demo data: records written {}", written);
		return written.values().stream().mapToLong(Long::longValue).sum();
	}

	private static double seconds(long startedNanos) {
		return Math.max(1e-9, (System.nanoTime() - startedNanos) / 1e9);
	}

	/**
	 * Without reWriteBatchedInserts the PostgreSQL driver sends a batch row by row,
	 * several times slower.
	 */
	private void warnIfPostgresBatchesAreNotRewritten() {
		jdbc.execute((ConnectionCallback<Void>) connection -> {
			String product = connection.getMetaData().getDatabaseProductName();
			String url = connection.getMetaData().getURL();
			if ("PostgreSQL".equalsIgnoreCase(product)
					&& (url == null || !url.contains("reWriteBatchedInserts=true"))) {
				log.warn(
						"Demo data: add reWriteBatchedInserts=true to the PostgreSQL JDBC URL to load several times faster");
			}
			return null;
		});
	}

}
