package org.kam.report.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.kam.report.ReportPeriod;
import org.kam.report.ReportSection;
import org.kam.report.ReportSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Asks every {@link ReportSource} for its section, once per report language. A source
 * that fails is replaced by a line saying so: one broken record module must not keep
 * every report from being made.
 */
@Component
class SectionComposer {

	private static final Logger log = LoggerFactory.getLogger(SectionComposer.class);

	private final ObjectProvider<ReportSource> sources;

	private final MessageSource messages;

	SectionComposer(ObjectProvider<ReportSource> sources, MessageSource messages) {
		this.sources = sources;
		this.messages = messages;
	}

	Snapshot compose(long accountId, ReportPeriod period) {
		List<ReportSource> ordered = sources.orderedStream()
			.sorted(Comparator.comparingInt(ReportSource::order).thenComparing(ReportSource::key))
			.toList();
		Map<String, List<ReportSection>> byLanguage = new LinkedHashMap<>();
		for (Locale language : Snapshot.LANGUAGES) {
			List<ReportSection> sections = new ArrayList<>();
			for (ReportSource source : ordered) {
				sections.add(build(source, accountId, period, language));
			}
			byLanguage.put(language.toLanguageTag(), sections);
		}
		return new Snapshot(byLanguage);
	}

	private ReportSection build(ReportSource source, long accountId, ReportPeriod period, Locale language) {
		try {
			ReportSection section = source.build(accountId, period, language);
			if (section == null) {
				throw new IllegalStateException(source.getClass().getName() + " returned no section");
			}
			return section;
		}
		catch (RuntimeException e) {
			log.error("Report source {} failed for account {} and {}", source.key(), accountId, period, e);
			return ReportSection.builder(source.key(), source.key())
				.note(messages.getMessage("report.section.failed", null, "This part could not be built.", language))
				.build();
		}
	}

}
