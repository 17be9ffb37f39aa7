package org.kam.dataops;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;

import org.kam.account.AccountApi;
import org.kam.account.BulkLoad;
import org.kam.account.LoadedAccount;
import org.kam.account.LoadedBatch;
import org.kam.account.NewAccount;
import org.kam.account.NewContact;
import org.kam.account.ReservedBatch;
import org.kam.identity.DemoUsers;
import org.kam.shared.Database;
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
 * <p>
 * Accounts and contacts are generated in one thread, which also reserves each batch's ids
 * in order (the same seed gives the same ids and rows), and written by
 * {@link BatchWriters}: {@code kam.demo.load-writers} threads, by default two on
 * PostgreSQL and one on H2. With one writer a single PostgreSQL backend at full CPU
 * bounded the load while the JVM idled; two backends use both cores of the machine.
 */
@Service
public class DemoData {

	private static final Logger log = LoggerFactory.getLogger(DemoData.class);

	private static final int BATCH_SIZE = 1000;

	private static final int PROGRESS_EVERY = 100_000;

	private static final int ACCOUNTS_PER_MANAGER = 2000;

	private static final int MIN_MANAGERS = 5;

	private static final int MAX_MANAGERS = 200;

	private final DemoUsers users;

	private final TransactionTemplate transaction;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final ObjectProvider<DemoFiller> fillers;

	private final AccountApi accountApi;

	private final ZoneId zone;

	private final int writers;

	private final Database database;

	DemoData(DemoUsers users, PlatformTransactionManager transactionManager, JdbcTemplate jdbc, Clock clock,
			ObjectProvider<DemoFiller> fillers, AccountApi accountApi, ZoneId zone, DemoProperties properties,
			Database database) {
		this.database = database;
		this.zone = zone;
		this.writers = properties.loadWriters();
		this.fillers = fillers;
		this.accountApi = accountApi;
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
		return load(accounts, seed, records, writers);
	}

	/**
	 * As {@link #load(int, long, boolean)} with that many writer threads (0: two on
	 * PostgreSQL, one on H2).
	 */
	LoadReport load(int accounts, long seed, boolean records, int writers) {
		if (accounts <= 0) {
			throw new IllegalArgumentException("accounts must be positive, not " + accounts);
		}
		if (!accountApi.empty()) {
			log.info("Demo data not loaded: the database already holds accounts");
			return LoadReport.skippedLoad();
		}
		boolean postgres = onPostgres();
		int writerThreads = writers > 0 ? writers : postgres ? 2 : 1;
		log.info("Demo data: loading {} accounts with {} writer thread(s)", accounts, writerThreads);
		long started = System.nanoTime();
		// whole days, so that loads on the same day produce identical rows
		// the start of today in the company's zone: the fillers date records from its
		// day, and
		// a UTC midnight would make "today" yesterday there from 16:00 UTC on
		OffsetDateTime now = ZonedDateTime.now(clock.withZone(zone)).truncatedTo(ChronoUnit.DAYS).toOffsetDateTime();
		int managers = Math.min(MAX_MANAGERS, Math.max(MIN_MANAGERS, accounts / ACCOUNTS_PER_MANAGER));
		DemoUsers.Team team = users.ensureAccountManagers(accountManagers(managers, seed), now);
		DemoAccountGenerator generator = new DemoAccountGenerator(seed, team.ids().size(), now);
		BulkLoad load = accountApi.bulkLoad();
		Progress progress = new Progress(accounts, started);
		long firstAccount = 0;
		long lastAccount = 0;
		try (BatchWriters batchWriters = new BatchWriters(writerThreads)) {
			for (int generated = 0; generated < accounts;) {
				List<NewAccount> batch = new ArrayList<>(BATCH_SIZE);
				while (batch.size() < BATCH_SIZE && generated + batch.size() < accounts) {
					batch.add(newAccount(generator.next(), team.ids()));
				}
				ReservedBatch reserved = load.reserve(batch);
				firstAccount = generated == 0 ? reserved.firstId() : firstAccount;
				lastAccount = reserved.lastId();
				generated += batch.size();
				batchWriters.write(() -> progress.written(load.write(reserved)));
			}
			batchWriters.finish();
		}
		finally {
			// also after a failed batch: the batches written become searchable
			load.finish();
		}
		long recordsWritten = records ? fillRecords(firstAccount, lastAccount, new DemoContext(seed, now, team.ids()))
				: 0;
		LoadReport report = new LoadReport(false, team.created(), accounts, progress.contacts(), recordsWritten,
				Duration.ofNanos(System.nanoTime() - started));
		log.info(
				"Demo data: loaded {} accounts and {} contacts ({} new account managers) in {} s: {} accounts/s, {} rows/s",
				report.accounts(), report.contacts(), report.usersCreated(), report.elapsed().toSeconds(),
				Math.round(report.accountsPerSecond()), Math.round(report.rowsPerSecond()));
		return report;
	}

	/**
	 * The demo account managers am001, am002, …, named from the seed (the same names
	 * whether or not they exist already).
	 */
	private static List<DemoUsers.Wanted> accountManagers(int count, long seed) {
		SplittableRandom random = new SplittableRandom(seed);
		List<DemoUsers.Wanted> wanted = new ArrayList<>(count);
		for (int i = 1; i <= count; i++) {
			wanted.add(new DemoUsers.Wanted("am%03d".formatted(i), PersonNames.chinese(random).name()));
		}
		return wanted;
	}

	/** The owner, an index into the account managers, also wrote the account. */
	private static NewAccount newAccount(DemoAccount a, List<Long> managerIds) {
		Long owner = a.owner() == null ? null : managerIds.get(a.owner());
		return new NewAccount(a.name(), a.uscc(), a.industry(), a.province(), a.provinceCode(), a.city(), a.cityCode(),
				a.sizeBand(), a.address(), a.website(), a.status(), a.urgency(), a.tier(), owner, a.tags(), a.needs(),
				a.preferences(), a.notes(), a.createdAt(), a.updatedAt(), owner,
				a.contacts()
					.stream()
					.map(c -> new NewContact(c.name(), c.title(), c.decisionRole(), c.phone(), c.email(), c.birthday(),
							c.preferences(), c.primary()))
					.toList());
	}

	/** A loaded account as fillers see it. */
	private static DemoAccountRef ref(LoadedAccount a) {
		return new DemoAccountRef(a.id(), a.name(), a.ownerId(), a.status().name(),
				a.tier() == null ? null : a.tier().name(), a.industry(), a.province(), a.city(), a.createdAt(),
				a.contactIds());
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
			List<DemoAccountRef> chunk = accountApi.loaded(from, to).stream().map(DemoData::ref).toList();
			transaction.executeWithoutResult(status -> {
				database.planOncePerStatement();
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
	 * Whether the database is PostgreSQL; warns there without reWriteBatchedInserts, as
	 * the driver then sends a batch row by row, several times slower.
	 */
	private boolean onPostgres() {
		if (!database.postgres()) {
			return false;
		}
		String url = jdbc.execute((ConnectionCallback<String>) connection -> connection.getMetaData().getURL());
		if (url == null || !url.contains("reWriteBatchedInserts=true")) {
			log.warn(
					"Demo data: add reWriteBatchedInserts=true to the PostgreSQL JDBC URL to load several times faster");
		}
		return true;
	}

	/**
	 * What the writers have committed, counted as batches complete (in any order), and
	 * the log line every {@value DemoData#PROGRESS_EVERY} accounts.
	 */
	private static final class Progress {

		private final AtomicLong accountsWritten = new AtomicLong();

		private final AtomicLong contactsWritten = new AtomicLong();

		private final int accounts;

		private final long started;

		Progress(int accounts, long started) {
			this.accounts = accounts;
			this.started = started;
		}

		void written(LoadedBatch batch) {
			contactsWritten.addAndGet(batch.contacts());
			long size = batch.lastId() - batch.firstId() + 1;
			long done = accountsWritten.addAndGet(size);
			if (done / PROGRESS_EVERY > (done - size) / PROGRESS_EVERY) {
				log.info("Demo data: {} of {} accounts loaded ({} accounts/s)", done, accounts,
						Math.round(done / seconds(started)));
			}
		}

		long contacts() {
			return contactsWritten.get();
		}

	}

}
