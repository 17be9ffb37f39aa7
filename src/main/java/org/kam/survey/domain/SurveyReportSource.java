package org.kam.survey.domain;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.ToLongFunction;

import org.kam.account.AccountApi;
import org.kam.account.ContactRef;
import org.kam.report.ReportPeriod;
import org.kam.report.ReportSection;
import org.kam.report.ReportSource;
import org.kam.survey.SurveyKind;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The report's satisfaction part: the period's answered surveys against the previous
 * period's (how many, the four average scores, the NPS) and the surveys themselves.
 */
@Component
class SurveyReportSource implements ReportSource {

	/** Surveys a report lists; the account's survey tab holds the rest. */
	static final int SURVEYS_SHOWN = 50;

	/** Characters of needs and suggestions a table cell keeps. */
	static final int TEXT_SHOWN = 120;

	private final Surveys surveys;

	private final AccountApi accounts;

	private final MessageSource messages;

	SurveyReportSource(Surveys surveys, AccountApi accounts, MessageSource messages) {
		this.surveys = surveys;
		this.accounts = accounts;
		this.messages = messages;
	}

	@Override
	public String key() {
		return SurveyKind.KIND.key();
	}

	@Override
	public int order() {
		return 500;
	}

	@Override
	public ReportSection build(long accountId, ReportPeriod period, Locale locale) {
		PeriodScores now = surveys.scores(accountId, period.start(), period.endExclusive());
		ReportPeriod previous = period.previous();
		PeriodScores before = surveys.scores(accountId, previous.start(), previous.endExclusive());
		ReportSection.Builder section = ReportSection.builder(key(), text("survey.report.title", locale))
			.figure(text("survey.report.count", locale), now.surveys(), before.surveys(), null);
		if (now.surveys() == 0) {
			return section.note(text("survey.report.none", locale)).build();
		}
		// an average or NPS is shown only when this period has one; the previous one may
		// be missing
		average(section, "survey.report.productQuality", now, before, PeriodScores::productQuality, locale);
		average(section, "survey.report.serviceAttitude", now, before, PeriodScores::serviceAttitude, locale);
		average(section, "survey.report.responseSpeed", now, before, PeriodScores::responseSpeed, locale);
		average(section, "survey.report.overall", now, before, PeriodScores::overall, locale);
		if (now.nps() != null) {
			NumberFormat number = NumberFormat.getIntegerInstance(locale);
			section.figureInPoints(text("survey.report.nps", locale), now.nps(), before.nps())
				.row(text("survey.report.npsAnswers", locale), number.format(now.npsAnswers()))
				.row(text("survey.report.promoters", locale), number.format(now.promoters()))
				.row(text("survey.report.passives", locale), number.format(now.passives()))
				.row(text("survey.report.detractors", locale), number.format(now.detractors()));
		}
		List<Survey> shown = surveys.newestIn(accountId, period.start(), period.endExclusive(), SURVEYS_SHOWN);
		table(section, shown, locale);
		if (now.surveys() > shown.size()) {
			section.note(messages.getMessage("survey.report.more",
					new Object[] { NumberFormat.getIntegerInstance(locale).format(now.surveys() - shown.size()) },
					locale));
		}
		return section.build();
	}

	private void average(ReportSection.Builder section, String label, PeriodScores now, PeriodScores before,
			ToLongFunction<PeriodScores> sum, Locale locale) {
		BigDecimal previous = before.average(sum.applyAsLong(before));
		section.figure(text(label, locale), now.average(sum.applyAsLong(now)), previous, null);
	}

	private void table(ReportSection.Builder section, List<Survey> shown, Locale locale) {
		Map<Long, ContactRef> contacts = accounts
			.findContacts(shown.stream().map(Survey::respondentContactId).filter(Objects::nonNull).distinct().toList());
		DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
		section.table(text("survey.field.surveyedOn", locale), text("survey.field.respondent", locale),
				text("survey.field.productQuality", locale), text("survey.field.serviceAttitude", locale),
				text("survey.field.responseSpeed", locale), text("survey.field.overall", locale),
				text("survey.field.nps", locale), text("survey.report.needsAndSuggestions", locale));
		for (Survey s : shown) {
			ContactRef contact = s.respondentContactId() == null ? null : contacts.get(s.respondentContactId());
			section.tableRow(date.format(s.surveyedOn()), contact != null ? contact.name() : s.respondentName(),
					s.productQuality(), s.serviceAttitude(), s.responseSpeed(), s.overall(),
					s.nps() == null ? text("survey.report.noNps", locale) : s.nps(), needsAndSuggestions(s, locale));
		}
	}

	private String needsAndSuggestions(Survey s, Locale locale) {
		String text;
		if (s.needs() != null && s.suggestions() != null) {
			text = messages.getMessage("survey.report.needsThenSuggestions",
					new Object[] { s.needs(), s.suggestions() }, locale);
		}
		else if (s.needs() != null) {
			text = messages.getMessage("survey.report.needsOnly", new Object[] { s.needs() }, locale);
		}
		else if (s.suggestions() != null) {
			text = messages.getMessage("survey.report.suggestionsOnly", new Object[] { s.suggestions() }, locale);
		}
		else {
			return "";
		}
		return text.codePointCount(0, text.length()) <= TEXT_SHOWN ? text
				: text.substring(0, text.offsetByCodePoints(0, TEXT_SHOWN - 1)) + "…";
	}

	private String text(String key, Locale locale) {
		return messages.getMessage(key, null, locale);
	}

}
