package org.kam.report.document;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;

import org.kam.report.ReportSection;
import org.springframework.context.MessageSource;

/**
 * A report version ready to be written out in one language: its heading, texts and
 * sections, and the labels around them. The writers need nothing else.
 *
 * @param fileName the download's name without extension, e.g. 华信科技-2026-Q3-v3
 * @param provisional whether the period had not ended when the sections were built
 */
public record ReportDocument(Locale locale, String accountName, String periodCode, String periodLabel,
		String periodDates, long version, String generatedAt, boolean provisional, String summary,
		String problemsAndSolutions, List<ReportSection> sections, String fileName, MessageSource messages) {

	/** A label of the report module in this document's language. */
	public String label(String key, Object... args) {
		return messages.getMessage(key, args, locale);
	}

	/** The document's title: 定期报告 · 2026年第3季度. */
	public String title() {
		return label("report.document.title", periodLabel);
	}

	public String number(BigDecimal value) {
		if (value == null) {
			return label("report.none");
		}
		NumberFormat format = NumberFormat.getNumberInstance(locale);
		format.setMaximumFractionDigits(Math.max(0, value.scale()));
		format.setMinimumFractionDigits(Math.max(0, Math.min(2, value.scale())));
		return format.format(value);
	}

	/** A figure's value with its unit. */
	public String amount(BigDecimal value, String unit) {
		String number = number(value);
		return value == null || unit == null || unit.isBlank() ? number : number + " " + unit;
	}

	/**
	 * The change against the previous period: +12.5%, −3%, +5 points (−50 分), or — when
	 * not comparable.
	 */
	public String change(ReportSection.Figure figure) {
		if (figure.changeInPoints()) {
			BigDecimal points = figure.changePoints();
			if (points == null) {
				return label("report.none");
			}
			String sign = points.signum() > 0 ? "+" : points.signum() < 0 ? "\u2212" : "";
			return label("report.change.points", sign + number(points.abs().stripTrailingZeros()));
		}
		BigDecimal percent = figure.changePercent();
		if (percent == null) {
			return label("report.none");
		}
		return (percent.signum() > 0 ? "+" : "") + number(percent.stripTrailingZeros()) + "%";
	}

}
