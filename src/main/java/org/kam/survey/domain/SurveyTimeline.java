package org.kam.survey.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;

import org.kam.account.TimelineEntry;
import org.kam.account.TimelineSource;
import org.kam.shared.RecordKind;
import org.kam.survey.SurveyKind;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Surveys on the account's timeline, at the start of the day they were taken (in the
 * company's time zone).
 */
@Component
class SurveyTimeline implements TimelineSource {

	private final Surveys surveys;

	private final MessageSource messages;

	private final ZoneId zone;

	SurveyTimeline(Surveys surveys, MessageSource messages, ZoneId zone) {
		this.surveys = surveys;
		this.messages = messages;
		this.zone = zone;
	}

	@Override
	public RecordKind kind() {
		return SurveyKind.KIND;
	}

	@Override
	public List<TimelineEntry> entries(long accountId, OffsetDateTime before, int limit) {
		// a day's entry is at its start: it is before "before" if it starts before it
		ZonedDateTime local = before.atZoneSameInstant(zone);
		LocalDate firstExcluded = local.toLocalDate().atStartOfDay(zone).isBefore(local)
				? local.toLocalDate().plusDays(1) : local.toLocalDate();
		return surveys.before(accountId, firstExcluded, limit).stream().map(this::entry).toList();
	}

	private TimelineEntry entry(Survey s) {
		Locale locale = LocaleContextHolder.getLocale();
		String title = messages.getMessage("survey.timeline.title",
				new Object[] { s.overall(), s.nps() == null ? "—" : s.nps() }, locale);
		String detail = s.suggestions() != null ? s.suggestions() : s.needs();
		return new TimelineEntry(SurveyKind.KIND, s.surveyedOn().atStartOfDay(zone).toOffsetDateTime(), title,
				detail == null ? null : abbreviate(detail),
				"/accounts/" + s.accountId() + "?tab=" + SurveyKind.KIND.tab().segment() + "#survey-" + s.id());
	}

	private static String abbreviate(String text) {
		return text.length() <= 120 ? text : text.substring(0, 119) + "…";
	}

}
