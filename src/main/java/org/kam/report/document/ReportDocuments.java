package org.kam.report.document;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.Locale;

import org.kam.report.ReportPeriod;
import org.kam.report.domain.Report;
import org.kam.report.domain.ReportVersion;
import org.kam.report.domain.Snapshot;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Turns a saved report version into a {@link ReportDocument} in the reader's language.
 */
@Component
public class ReportDocuments {

	private final MessageSource messages;

	private final ZoneId zone;

	ReportDocuments(MessageSource messages, ZoneId zone) {
		this.messages = messages;
		this.zone = zone;
	}

	public ReportDocument of(ReportVersion version, Locale requested) {
		Locale locale = Snapshot.language(requested);
		Report report = version.report();
		DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
		String dates = date.format(report.periodStart()) + " – " + date.format(report.periodEnd());
		LocalDate generatedOn = version.generatedAt().atZoneSameInstant(zone).toLocalDate();
		boolean provisional = !generatedOn.isAfter(report.periodEnd());
		String generatedAt = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
			.withLocale(locale)
			.format(version.generatedAt().atZoneSameInstant(zone));
		String fileName = safeFileName(version.accountName()) + "-" + report.period() + "-v" + version.version();
		return new ReportDocument(locale, version.accountName(), report.period(), periodLabel(report, locale), dates,
				version.version(), generatedAt, provisional, version.summary(), version.problemsAndSolutions(),
				version.snapshot().sections(locale), fileName, messages);
	}

	/** 2026年10月 / October 2026, 2026年第3季度 / Q3 2026. */
	public String periodLabel(Report report, Locale requested) {
		return periodLabel(report.periodKind(), report.periodStart(), requested);
	}

	public String periodLabel(ReportPeriod period, Locale requested) {
		return periodLabel(period.kind(), period.start(), requested);
	}

	private String periodLabel(ReportPeriod.Kind kind, LocalDate start, Locale requested) {
		Locale locale = Snapshot.language(requested);
		String year = Integer.toString(start.getYear());
		if (kind == ReportPeriod.Kind.MONTH) {
			return messages.getMessage("report.period.month", new Object[] { year,
					Integer.toString(start.getMonthValue()), start.getMonth().getDisplayName(TextStyle.FULL, locale) },
					locale);
		}
		String quarter = Integer.toString((start.getMonthValue() - 1) / 3 + 1);
		return messages.getMessage("report.period.quarter", new Object[] { year, quarter }, locale);
	}

	/** Keeps letters (Chinese too), digits and a few signs; the rest becomes a dash. */
	static String safeFileName(String name) {
		String cleaned = name == null ? "" : name.replaceAll("[^\\p{L}\\p{N}._ -]+", "-").strip();
		cleaned = cleaned.replaceAll("\\s+", "-").replaceAll("-{2,}", "-");
		if (cleaned.length() > 80) {
			cleaned = cleaned.substring(0, 80);
		}
		return cleaned.isEmpty() ? "report" : cleaned;
	}

}
