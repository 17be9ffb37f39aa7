package org.kam.market.domain;

import java.time.OffsetDateTime;
import java.util.List;

import org.kam.account.TimelineEntry;
import org.kam.account.TimelineSource;
import org.kam.market.MarketReportKind;
import org.kam.shared.RecordKind;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The market reports linked to an account on its timeline, when each was written. Every
 * signed-in user reads every report, so the account check the timeline makes suffices.
 */
@Component
class MarketTimeline implements TimelineSource {

	private final MarketReports reports;

	MarketTimeline(MarketReports reports) {
		this.reports = reports;
	}

	@Override
	public RecordKind kind() {
		return MarketReportKind.KIND;
	}

	@Override
	@Transactional(readOnly = true)
	public List<TimelineEntry> entries(long accountId, OffsetDateTime before, int limit) {
		return reports.createdBefore(accountId, before, limit).stream().map(MarketTimeline::entry).toList();
	}

	private static TimelineEntry entry(ReportRow r) {
		MarketReportPeriod period = new MarketReportPeriod(r.periodStart(), r.periodEnd());
		String when = period.label() != null ? period.label() : r.periodStart() + " – " + r.periodEnd();
		StringBuilder detail = new StringBuilder(when);
		if (r.industry() != null) {
			detail.append(" · ").append(r.industry());
		}
		String region = ((r.province() == null ? "" : r.province()) + " " + (r.city() == null ? "" : r.city())).trim();
		if (!region.isEmpty()) {
			detail.append(" · ").append(region);
		}
		return new TimelineEntry(MarketReportKind.KIND, r.createdAt(), r.title(), detail.toString(),
				"/market-reports/" + r.id());
	}

}
