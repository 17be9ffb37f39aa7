package org.kam.complaint.domain;

import java.text.NumberFormat;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.kam.complaint.ComplaintKind;
import org.kam.report.ReportPeriod;
import org.kam.report.ReportSection;
import org.kam.report.ReportSource;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The complaints part of a periodic report: complaints received and resolved against the
 * previous period, the backlog open at the period's end and how much of it was past its
 * targets then, and the period's complaints with their resolutions.
 */
@Component
class ComplaintReportSource implements ReportSource {

	/**
	 * Open at a moment: received before it, neither resolved nor closed by then (a
	 * reopened complaint has lost its resolution time, so it counts as open throughout).
	 */
	private static final String OPEN_AT = " where account_id = :accountId and deleted_at is null and received_at < :at"
			+ " and (resolved_at is null or resolved_at >= :at) and (closed_at is null or closed_at >= :at)";

	/** Characters of a description the table shows. */
	static final int DESCRIPTION_SHOWN = 120;

	/**
	 * {@link Complaints#BREACHING} as it stood at that moment for a complaint still open
	 * then: its resolution was due, or its response was due and came late or not at all.
	 */
	private static final String BREACHING_AT = "(:at > resolution_due_at"
			+ " or (:at > response_due_at and (responded_at is null or responded_at > response_due_at)))";

	private final JdbcClient jdbc;

	private final MessageSource messages;

	private final Clock clock;

	ComplaintReportSource(JdbcClient jdbc, MessageSource messages, Clock clock) {
		this.jdbc = jdbc;
		this.messages = messages;
		this.clock = clock;
	}

	@Override
	public String key() {
		return ComplaintKind.KIND.key();
	}

	@Override
	public int order() {
		return 400;
	}

	@Override
	public ReportSection build(long accountId, ReportPeriod period, Locale locale) {
		ReportPeriod previous = period.previous();
		long received = count(accountId, "received_at", period);
		OffsetDateTime now = OffsetDateTime.now(clock);
		// the backlog at the period's end, or now while the period still runs
		OffsetDateTime at = now.isBefore(period.endTime()) ? now : period.endTime();
		Backlog backlog = backlog(accountId, at);
		NumberFormat number = NumberFormat.getIntegerInstance(locale);
		ReportSection.Builder section = ReportSection.builder(key(), text("complaint.report.title", locale))
			.figure(text("complaint.report.received", locale), received, count(accountId, "received_at", previous),
					null)
			.figure(text("complaint.report.resolved", locale), count(accountId, "resolved_at", period),
					count(accountId, "resolved_at", previous), null)
			.row(text("complaint.report.open", locale), number.format(backlog.open()))
			.row(text("complaint.report.breaching", locale), number.format(backlog.breaching()));
		List<String> notes = new ArrayList<>();
		if (received == 0) {
			notes.add(text("complaint.report.noneReceived", locale));
		}
		else {
			table(section, accountId, period, locale);
			if (received > ReportSection.MAX_TABLE_ROWS) {
				notes.add(text("complaint.report.more", locale, received - ReportSection.MAX_TABLE_ROWS));
			}
		}
		return section.note(notes.isEmpty() ? null : String.join(" ", notes)).build();
	}

	/**
	 * The period's complaints in the order received (index on account_id, received_at).
	 */
	private void table(ReportSection.Builder section, long accountId, ReportPeriod period, Locale locale) {
		DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
		section.table(text("complaint.field.receivedAt", locale), text("complaint.field.severity", locale),
				text("complaint.field.category", locale), text("complaint.field.description", locale),
				text("complaint.field.status", locale), text("complaint.field.resolution", locale),
				text("complaint.report.confirmed", locale));
		jdbc.sql("""
				select received_at, severity, category, description, status, resolution, customer_confirmed
				from complaint
				where account_id = :accountId and deleted_at is null and received_at >= :from and received_at < :to
				order by received_at, id limit :limit""")
			.param("accountId", accountId)
			.param("from", period.startTime())
			.param("to", period.endTime())
			.param("limit", ReportSection.MAX_TABLE_ROWS)
			.query(rs -> {
				section.tableRow(
						date.format(rs.getObject("received_at", OffsetDateTime.class).atZoneSameInstant(period.zone())),
						text("complaint.severity." + rs.getString("severity"), locale),
						text("complaint.category." + rs.getString("category"), locale),
						shorten(rs.getString("description")),
						text("complaint.status." + rs.getString("status"), locale), rs.getString("resolution"),
						text(rs.getBoolean("customer_confirmed") ? "complaint.report.yes" : "complaint.report.no",
								locale));
			});
	}

	/** A report says what the complaint was about; the record keeps the full text. */
	private static String shorten(String text) {
		if (text == null || text.codePointCount(0, text.length()) <= DESCRIPTION_SHOWN) {
			return text;
		}
		return text.substring(0, text.offsetByCodePoints(0, DESCRIPTION_SHOWN - 1)) + "…";
	}

	/** Complaints whose {@code column} time falls in the period. */
	private long count(long accountId, String column, ReportPeriod period) {
		return jdbc
			.sql("select count(*) from complaint where account_id = :accountId and deleted_at is null and " + column
					+ " >= :from and " + column + " < :to")
			.param("accountId", accountId)
			.param("from", period.startTime())
			.param("to", period.endTime())
			.query(Long.class)
			.single();
	}

	private Backlog backlog(long accountId, OffsetDateTime at) {
		return jdbc
			.sql("select count(*) as open_count, coalesce(sum(case when " + BREACHING_AT
					+ " then 1 else 0 end), 0) as breaching from complaint" + OPEN_AT)
			.param("accountId", accountId)
			.param("at", at)
			.query((rs, row) -> new Backlog(rs.getLong("open_count"), rs.getLong("breaching")))
			.single();
	}

	private String text(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args.length == 0 ? null : args, locale);
	}

	private record Backlog(long open, long breaching) {
	}

}
