package org.kam.contract.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

import org.kam.contract.ContractKind;
import org.kam.contract.ContractStatus;
import org.kam.report.ReportPeriod;
import org.kam.report.ReportSection;
import org.kam.report.ReportSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The report's contracts section, from live contracts:
 * <ul>
 * <li><b>signed</b>: signed on a day of the period; their number and amount (one figure
 * per currency, the default currency first) against the previous period;</li>
 * <li><b>ending</b>: ending on a day of the period, against the previous period, and, as
 * a row, ending within {@value #RENEWAL_WINDOW_DAYS} days after the period, the contracts
 * to renew next. Ending counts contracts that are or were in force (active, expired,
 * renewed), whatever their status is when the report is built: drafts never were, and a
 * terminated contract did not run to its end date. The window is the same for every
 * contract rather than each one's renewal notice, so the count reads the same for all and
 * stays on the index {@code (account_id, ends_on)};</li>
 * <li>a table of the signed and the ending ones (both windows), by end date.</li>
 * </ul>
 */
@Component
class ContractReportSource implements ReportSource {

	/** Days after the period in which an ending contract is listed as due for renewal. */
	static final int RENEWAL_WINDOW_DAYS = 90;

	/** Contracts the table lists; the note says how many more there are. */
	static final int CONTRACTS_SHOWN = 50;

	private static final List<String> IN_FORCE = List.of(ContractStatus.ACTIVE.name(), ContractStatus.EXPIRED.name(),
			ContractStatus.RENEWED.name());

	/**
	 * occurred_at is the signing day's midnight in the company's zone (ContractService),
	 * so its index finds the signings; a day's margin keeps rows saved under another
	 * zone, and signed_on decides.
	 */
	private static final String SIGNED = """
			c.occurred_at >= :signedFromTime and c.occurred_at < :signedToTime
			  and c.signed_on >= :from and c.signed_on < :to""";

	private static final String ENDING = "c.ends_on >= :endsFrom and c.ends_on < :endsTo and c.status in (:inForce)";

	private static final String LIVE = " from contract c where c.account_id = :accountId and c.deleted_at is null";

	private final JdbcClient jdbc;

	private final MessageSource messages;

	private final String mainCurrency;

	ContractReportSource(JdbcClient jdbc, MessageSource messages,
			@Value("${kam.default-currency:CNY}") String mainCurrency) {
		this.jdbc = jdbc;
		this.messages = messages;
		this.mainCurrency = mainCurrency;
	}

	@Override
	public String key() {
		return ContractKind.KIND.key();
	}

	@Override
	public int order() {
		return 200;
	}

	@Override
	public ReportSection build(long accountId, ReportPeriod period, Locale locale) {
		Map<String, Signed> now = signed(accountId, period);
		Map<String, Signed> before = signed(accountId, period.previous());
		ReportSection.Builder section = ReportSection.builder(key(), text("contract.report.title", locale))
			.figure(text("contract.report.signed", locale), count(now), count(before), null);
		for (String currency : currencies(now, before)) {
			section.figure(text("contract.report.signedAmount", locale), amountOf(now, currency),
					amountOf(before, currency), currency);
		}
		LocalDate windowEnd = period.endExclusive().plusDays(RENEWAL_WINDOW_DAYS);
		section.figure(text("contract.report.ending", locale), ending(accountId, period.start(), period.endExclusive()),
				ending(accountId, period.previous().start(), period.previous().endExclusive()), null);
		section.row(messages.getMessage("contract.report.endingSoon", new Object[] { RENEWAL_WINDOW_DAYS }, locale),
				ending(accountId, period.endExclusive(), windowEnd));
		section.table(text("contract.field.number", locale), text("contract.field.title", locale),
				text("contract.field.type", locale), text("contract.field.status", locale),
				text("contract.field.signedOn", locale), text("contract.field.period", locale),
				text("contract.field.amount", locale));
		String listed = LIVE + " and ((" + SIGNED + ") or (" + ENDING + "))";
		List<Object[]> rows = listedParams(jdbc.sql("""
				select c.number, c.title, c.type, c.status, c.signed_on, c.starts_on, c.ends_on, c.amount, c.currency
				""" + listed + " order by c.ends_on nulls last, c.number limit :limit"), accountId, period, windowEnd)
			.param("limit", CONTRACTS_SHOWN)
			.query((rs,
					row) -> new Object[] { rs.getString("number"), rs.getString("title"),
							text("contract.type." + rs.getString("type"), locale),
							text("contract.status." + rs.getString("status"), locale),
							date(rs.getObject("signed_on", LocalDate.class), locale),
							span(rs.getObject("starts_on", LocalDate.class), rs.getObject("ends_on", LocalDate.class),
									locale),
							money(rs.getBigDecimal("amount"), rs.getString("currency"), locale) })
			.list();
		rows.forEach(section::tableRow);
		long total = listedParams(jdbc.sql("select count(*)" + listed), accountId, period, windowEnd).query(Long.class)
			.single();
		if (total == 0) {
			section.note(messages.getMessage("contract.report.none", new Object[] { RENEWAL_WINDOW_DAYS }, locale));
		}
		else if (total > rows.size()) {
			section.note(messages.getMessage("contract.report.more", new Object[] { total - rows.size() }, locale));
		}
		return section.build();
	}

	private record Signed(long contracts, BigDecimal amount) {
	}

	private Map<String, Signed> signed(long accountId, ReportPeriod period) {
		Map<String, Signed> byCurrency = new HashMap<>();
		signedParams(jdbc.sql("select c.currency, count(*) as contracts, sum(c.amount) as amount" + LIVE + " and "
				+ SIGNED + " group by c.currency"), period)
			.param("accountId", accountId)
			.query(rs -> {
				BigDecimal amount = rs.getBigDecimal("amount");
				byCurrency.put(rs.getString("currency"), new Signed(rs.getLong("contracts"),
						(amount == null ? BigDecimal.ZERO : amount).setScale(2, RoundingMode.HALF_UP)));
			});
		return byCurrency;
	}

	private long ending(long accountId, LocalDate from, LocalDate to) {
		return jdbc.sql("select count(*)" + LIVE + " and " + ENDING)
			.param("accountId", accountId)
			.param("endsFrom", from)
			.param("endsTo", to)
			.param("inForce", IN_FORCE)
			.query(Long.class)
			.single();
	}

	private static JdbcClient.StatementSpec signedParams(JdbcClient.StatementSpec spec, ReportPeriod period) {
		return spec.param("signedFromTime", period.startTime().minusDays(1))
			.param("signedToTime", period.endTime().plusDays(1))
			.param("from", period.start())
			.param("to", period.endExclusive());
	}

	private static JdbcClient.StatementSpec listedParams(JdbcClient.StatementSpec spec, long accountId,
			ReportPeriod period, LocalDate windowEnd) {
		return signedParams(spec, period).param("accountId", accountId)
			.param("endsFrom", period.start())
			.param("endsTo", windowEnd)
			.param("inForce", IN_FORCE);
	}

	/** The currencies of both periods, the main one first; the main one alone if none. */
	private List<String> currencies(Map<String, Signed> now, Map<String, Signed> before) {
		TreeSet<String> others = new TreeSet<>(now.keySet());
		others.addAll(before.keySet());
		others.remove(mainCurrency);
		List<String> currencies = new ArrayList<>();
		if (others.isEmpty() || now.containsKey(mainCurrency) || before.containsKey(mainCurrency)) {
			currencies.add(mainCurrency);
		}
		currencies.addAll(others);
		return currencies;
	}

	private static long count(Map<String, Signed> signed) {
		return signed.values().stream().mapToLong(Signed::contracts).sum();
	}

	private static BigDecimal amountOf(Map<String, Signed> signed, String currency) {
		Signed s = signed.get(currency);
		return s == null ? BigDecimal.ZERO.setScale(2) : s.amount();
	}

	private static String date(LocalDate date, Locale locale) {
		return date == null ? ""
				: DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(date);
	}

	/** Start – end, as the contract pages show it; empty without either date. */
	private static String span(LocalDate start, LocalDate end, Locale locale) {
		return start == null && end == null ? "" : date(start, locale) + " – " + date(end, locale);
	}

	/** 12,345.60 CNY: the code as the figures show it; empty without an amount. */
	private static String money(BigDecimal amount, String currency, Locale locale) {
		if (amount == null) {
			return "";
		}
		NumberFormat format = NumberFormat.getNumberInstance(locale);
		format.setMinimumFractionDigits(2);
		format.setMaximumFractionDigits(2);
		return format.format(amount) + " " + currency;
	}

	private String text(String key, Locale locale) {
		return messages.getMessage(key, null, locale);
	}

}
