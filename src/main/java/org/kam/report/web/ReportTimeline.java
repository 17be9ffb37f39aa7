package org.kam.report.web;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;

import org.kam.account.TimelineEntry;
import org.kam.account.TimelineSource;
import org.kam.report.domain.ReportService;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Each saved report version on the account's timeline. */
@Component
class ReportTimeline implements TimelineSource {

	static final String KIND = "reports";

	private final ReportService reports;

	private final MessageSource messages;

	ReportTimeline(ReportService reports, MessageSource messages) {
		this.reports = reports;
		this.messages = messages;
	}

	@Override
	public String kind() {
		return KIND;
	}

	@Override
	public String kindKey() {
		return "report.timeline.kind";
	}

	@Override
	public List<TimelineEntry> entries(long accountId, OffsetDateTime before, int limit) {
		Locale locale = LocaleContextHolder.getLocale();
		return reports.timeline(accountId, before, limit)
			.stream()
			.map(item -> new TimelineEntry(KIND, kindKey(), item.at(),
					messages.getMessage("report.timeline.title",
							new Object[] { item.period(), Long.toString(item.version()),
									messages.getMessage("report.change." + item.change(), null, locale) },
							locale),
					null, "/accounts/" + accountId + "/reports/" + item.reportId() + "?version=" + item.version()))
			.toList();
	}

}
