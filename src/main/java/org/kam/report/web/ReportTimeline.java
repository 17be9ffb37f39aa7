package org.kam.report.web;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;

import org.kam.account.TimelineEntry;
import org.kam.account.TimelineSource;
import org.kam.report.ReportKind;
import org.kam.report.domain.ReportService;
import org.kam.shared.RecordKind;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Each saved report version on the account's timeline. */
@Component
class ReportTimeline implements TimelineSource {

	private final ReportService reports;

	private final MessageSource messages;

	ReportTimeline(ReportService reports, MessageSource messages) {
		this.reports = reports;
		this.messages = messages;
	}

	@Override
	public RecordKind kind() {
		return ReportKind.KIND;
	}

	@Override
	public List<TimelineEntry> entries(long accountId, OffsetDateTime before, int limit) {
		Locale locale = LocaleContextHolder.getLocale();
		return reports.timeline(accountId, before, limit)
			.stream()
			.map(item -> new TimelineEntry(ReportKind.KIND, item.at(),
					messages.getMessage("report.timeline.title",
							new Object[] { item.period(), Long.toString(item.version()),
									messages.getMessage("report.change." + item.change(), null, locale) },
							locale),
					null, "/accounts/" + accountId + "/reports/" + item.reportId() + "?version=" + item.version()))
			.toList();
	}

}
