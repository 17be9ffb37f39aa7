package org.kam.communication.domain;

import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.kam.communication.Channel;
import org.kam.communication.CommunicationKind;
import org.kam.report.ReportPeriod;
import org.kam.report.ReportSection;
import org.kam.report.ReportSource;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The report's communication part: how often we spoke with the account against the
 * previous period, by channel, the next steps still open, and the communications
 * themselves, newest first.
 */
@Component
class CommunicationReportSource implements ReportSource {

	/** Communications a report lists; the account's tab holds the rest. */
	static final int COMMUNICATIONS_SHOWN = 50;

	/** Characters of an outcome a table cell keeps. */
	static final int OUTCOME_SHOWN = 120;

	private final Communications communications;

	private final MessageSource messages;

	CommunicationReportSource(Communications communications, MessageSource messages) {
		this.communications = communications;
		this.messages = messages;
	}

	@Override
	public String key() {
		return CommunicationKind.KIND.key();
	}

	@Override
	public int order() {
		return 600;
	}

	@Override
	public ReportSection build(long accountId, ReportPeriod period, Locale locale) {
		Map<Channel, Long> byChannel = communications.countByChannel(accountId, period.startTime(), period.endTime());
		ReportPeriod previous = period.previous();
		long now = total(byChannel);
		long before = total(communications.countByChannel(accountId, previous.startTime(), previous.endTime()));
		NumberFormat number = NumberFormat.getIntegerInstance(locale);
		ReportSection.Builder section = ReportSection.builder(key(), text("communication.report.title", locale))
			.figure(text("communication.report.count", locale), now, before, null);
		byChannel.forEach((channel, count) -> section.row(text("communication.channel." + channel, locale),
				number.format(count)));
		// a done flag has no date: a step done after the period ended counts as done here
		section.row(text("communication.report.openNextSteps", locale),
				number.format(communications.countOpenNextSteps(accountId, period.endTime())));
		if (now == 0) {
			return section.note(text("communication.report.none", locale)).build();
		}
		List<Communication> shown = communications.newestIn(accountId, period.startTime(), period.endTime(),
				COMMUNICATIONS_SHOWN);
		table(section, shown, period, locale);
		if (now > shown.size()) {
			section.note(messages.getMessage("communication.report.more",
					new Object[] { number.format(now - shown.size()) }, locale));
		}
		return section.build();
	}

	private void table(ReportSection.Builder section, List<Communication> shown, ReportPeriod period, Locale locale) {
		DateTimeFormatter time = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
			.withLocale(locale);
		DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
		section.table(text("communication.field.occurredAt", locale), text("communication.field.channel", locale),
				text("communication.field.subject", locale), text("communication.field.outcome", locale),
				text("communication.field.nextStep", locale));
		for (Communication c : shown) {
			section.tableRow(time.format(c.occurredAt().atZoneSameInstant(period.zone())),
					text("communication.channel." + c.channel(), locale), c.subject(), shorten(c.outcome()),
					nextStep(c, date, locale));
		}
	}

	private String nextStep(Communication c, DateTimeFormatter date, Locale locale) {
		if (c.nextStep() == null) {
			return "";
		}
		if (c.nextStepDue() == null) {
			return c.nextStep();
		}
		String key = c.nextStepDone() ? "communication.report.nextStepDone" : "communication.report.nextStepOpen";
		return messages.getMessage(key, new Object[] { c.nextStep(), date.format(c.nextStepDue()) }, locale);
	}

	private static String shorten(String text) {
		if (text == null || text.codePointCount(0, text.length()) <= OUTCOME_SHOWN) {
			return text;
		}
		return text.substring(0, text.offsetByCodePoints(0, OUTCOME_SHOWN - 1)) + "…";
	}

	private static long total(Map<Channel, Long> byChannel) {
		return byChannel.values().stream().mapToLong(Long::longValue).sum();
	}

	private String text(String key, Locale locale) {
		return messages.getMessage(key, null, locale);
	}

}
