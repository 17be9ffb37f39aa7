package org.kam.report;

import java.util.Locale;

/**
 * A record kind's part of a periodic report. Declare one as a Spring bean in your module
 * and the report module finds it; it never needs to know your kind.
 * <p>
 * When a report is generated (or regenerated) every source is asked once per report
 * language (Simplified Chinese and English), and what it returns is saved with the report
 * version as a JSON snapshot: a saved report never changes when the records change later,
 * and the PDF and XLSX files are rendered from that snapshot, in the language the reader
 * asks for. So:
 * <ul>
 * <li>Write every text in {@code locale}: titles and labels from your message bundle
 * ({@code messages.getMessage("sale.report.title", null, locale)}), dates and numbers
 * formatted for it. Keep numbers that readers compare as {@link ReportSection.Figure}s
 * (current period against {@link ReportPeriod#previous()}); the writers format them and
 * compute the change.</li>
 * <li>The caller has already checked that the user may edit the account; read the
 * account's rows directly, with the account id in the WHERE and an index behind it (e.g.
 * {@code (account_id, occurred_at)}), and bound every list ({@code limit}): a report
 * shows at most {@link ReportSection#MAX_TABLE_ROWS} table rows, say how many more there
 * are in {@link ReportSection.Builder#note(String)}.</li>
 * <li>Timestamps of the period are {@link ReportPeriod#startTime()} (inclusive) to
 * {@link ReportPeriod#endTime()} (exclusive) in the company's time zone; dates are
 * {@link ReportPeriod#start()} to {@link ReportPeriod#endExclusive()}.</li>
 * <li>Return a section even when nothing happened (a row or note saying so): a report
 * that silently drops a section reads as if the data were lost. An exception does not
 * fail the report: the section is replaced by a line saying it could not be built, and
 * the error is logged.</li>
 * </ul>
 * A whole implementation, for sales:
 *
 * <pre>{@code
 * &#64;Component
 * class SalesReportSource implements ReportSource {
 *
 *     private final JdbcClient jdbc;
 *     private final MessageSource messages;
 *
 *     public String key() { return SalesKind.KIND.key(); }
 *
 *     public int order() { return 300; }
 *
 *     public ReportSection build(long accountId, ReportPeriod period, Locale locale) {
 *         BigDecimal now = total(accountId, period), before = total(accountId, period.previous());
 *         return ReportSection.builder(key(), messages.getMessage("sale.report.title", null, locale))
 *             .figure(messages.getMessage("sale.report.amount", null, locale), now, before, "CNY")
 *             .build();
 *     }
 *
 *     private BigDecimal total(long accountId, ReportPeriod p) {
 *         return jdbc.sql("select coalesce(sum(amount), 0) from sale where account_id = :a"
 *                 + " and sold_on >= :from and sold_on < :to and deleted_at is null")
 *             .param("a", accountId).param("from", p.start()).param("to", p.endExclusive())
 *             .query(BigDecimal.class).single();
 *     }
 * }
 * }</pre>
 */
public interface ReportSource {

	/**
	 * Identifies the section in the snapshot and the XLSX sheet, e.g. {@code sales};
	 * lower case letters, digits and dashes, unique among the sources. A record kind's
	 * section answers its kind's key ({@code SalesKind.KIND.key()}), so that the report,
	 * the timeline and the tab call the kind by one name; only the account's own card
	 * ({@code account}) is no record kind.
	 */
	String key();

	/**
	 * Sections are shown by ascending order. The account card is 0; suggested: sales 100,
	 * contracts 200, plans 300, complaints 400, surveys 500, communications 600.
	 */
	default int order() {
		return 1000;
	}

	/**
	 * The section for one account and period, all its texts in {@code locale}; never
	 * {@code null}.
	 */
	ReportSection build(long accountId, ReportPeriod period, Locale locale);

}
