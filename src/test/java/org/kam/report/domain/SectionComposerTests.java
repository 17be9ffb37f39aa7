package org.kam.report.domain;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.kam.report.ReportPeriod;
import org.kam.report.ReportSection;
import org.kam.report.ReportSource;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.context.support.StaticMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

class SectionComposerTests {

	static final ReportPeriod Q3 = new ReportPeriod(ReportPeriod.Kind.QUARTER, 2026, 3, ZoneId.of("UTC"));

	@Test
	void sectionsComeByOrderInEveryLanguageAndABrokenSourceIsNamedNotFatal() {
		StaticListableBeanFactory beans = new StaticListableBeanFactory();
		beans.addBean("late", source("late", 500, false));
		beans.addBean("broken", source("broken", 100, true));
		beans.addBean("early", source("early", 10, false));
		StaticMessageSource messages = new StaticMessageSource();
		messages.addMessage("report.section.failed", Locale.SIMPLIFIED_CHINESE, "此部分无法生成。");
		messages.addMessage("report.section.failed", Locale.ENGLISH, "This part could not be built.");

		Snapshot snapshot = new SectionComposer(beans.getBeanProvider(ReportSource.class), messages).compose(7, Q3);

		List<ReportSection> zh = snapshot.sections(Locale.SIMPLIFIED_CHINESE);
		assertThat(zh).extracting(ReportSection::key).containsExactly("early", "broken", "late");
		assertThat(zh.get(0).title()).isEqualTo("early zh");
		assertThat(zh.get(1).note()).isEqualTo("此部分无法生成。");
		assertThat(snapshot.sections(Locale.ENGLISH).get(0).title()).isEqualTo("early en");
		assertThat(snapshot.sections(Locale.TRADITIONAL_CHINESE).get(0).title()).isEqualTo("early zh");
		assertThat(Snapshot.fromJson(snapshot.toJson())).isEqualTo(snapshot);
	}

	private static ReportSource source(String key, int order, boolean broken) {
		return new ReportSource() {

			@Override
			public String key() {
				return key;
			}

			@Override
			public int order() {
				return order;
			}

			@Override
			public ReportSection build(long accountId, ReportPeriod period, Locale locale) {
				if (broken) {
					throw new IllegalStateException("the table is missing");
				}
				return ReportSection.builder(key, key + " " + locale.getLanguage())
					.figure("n", 3, 2, null)
					.row(period.code(), accountId)
					.build();
			}

		};
	}

}
