package org.kam.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * One titled part of a periodic report, in one language, as a {@link ReportSource} builds
 * it: figures (this period against the previous one), label/value rows, at most one small
 * table and a note. The PDF and XLSX writers render any section without knowing its kind;
 * it is saved as JSON, so it holds plain texts and numbers only.
 *
 * @param key the source's key
 * @param title the heading, e.g. 销售 / Sales
 * @param figures numbers compared with the previous period
 * @param rows label/value lines
 * @param table a table, or {@code null}
 * @param note a closing remark (e.g. "12 more not shown"), or {@code null}
 */
public record ReportSection(String key, String title, List<Figure> figures, List<Row> rows, Table table, String note) {

	/** Table rows a section keeps; a source says in its note how many it left out. */
	public static final int MAX_TABLE_ROWS = 200;

	/** Characters a text keeps; longer ones are cut with an ellipsis. */
	public static final int MAX_TEXT = 4000;

	public ReportSection {
		Objects.requireNonNull(key, "key");
		title = text(Objects.requireNonNull(title, "title"));
		figures = figures == null ? List.of() : List.copyOf(figures);
		rows = rows == null ? List.of() : List.copyOf(rows);
		note = note == null ? null : text(note);
	}

	public static Builder builder(String key, String title) {
		return new Builder(key, title);
	}

	/** Whether the section says anything besides its title. */
	public boolean hasContent() {
		return !figures.isEmpty() || !rows.isEmpty() || (table != null && !table.rows().isEmpty()) || note != null;
	}

	/**
	 * A line of the section: a label and its value, both already in the report's
	 * language.
	 */
	public record Row(String label, String value) {

		public Row {
			label = text(label == null ? "" : label);
			value = value == null ? "" : text(value);
		}

	}

	/**
	 * A number of this period beside the previous period's, e.g. sales 1,250,000 CNY
	 * against 980,000.
	 *
	 * @param label what is counted
	 * @param current this period's value
	 * @param previous the previous period's value, or {@code null} when not compared
	 * @param unit shown after the numbers (CNY, 次, %), or {@code null}
	 * @param changeInPoints whether the change is told as the difference (an NPS of 20
	 * after 70 fell by 50 points, not by 71%) rather than in percent
	 */
	public record Figure(String label, BigDecimal current, BigDecimal previous, String unit, boolean changeInPoints) {

		public Figure {
			label = text(label == null ? "" : label);
			Objects.requireNonNull(current, "current");
		}

		public Figure(String label, BigDecimal current, BigDecimal previous, String unit) {
			this(label, current, previous, unit, false);
		}

		/**
		 * The change against the previous period as a difference; {@code null} when there
		 * is no previous value.
		 */
		public BigDecimal changePoints() {
			return previous == null ? null : current.subtract(previous);
		}

		/**
		 * The change against the previous period in percent, one decimal; {@code null}
		 * when there is nothing to compare with (no previous value, or zero).
		 */
		public BigDecimal changePercent() {
			if (previous == null || previous.signum() == 0) {
				return null;
			}
			return current.subtract(previous)
				.multiply(BigDecimal.valueOf(100))
				.divide(previous.abs(), 1, RoundingMode.HALF_UP);
		}

	}

	/**
	 * A small table: the column headings and the rows, each with one text per column.
	 */
	public record Table(List<String> columns, List<List<String>> rows) {

		public Table {
			columns = columns.stream().map(c -> text(c == null ? "" : c)).toList();
			List<List<String>> kept = new ArrayList<>();
			for (List<String> row : rows.subList(0, Math.min(rows.size(), MAX_TABLE_ROWS))) {
				if (row.size() != columns.size()) {
					throw new IllegalArgumentException(
							"a row has " + row.size() + " cells for " + columns.size() + " columns");
				}
				kept.add(row.stream().map(cell -> cell == null ? "" : text(cell)).toList());
			}
			rows = List.copyOf(kept);
		}

	}

	/**
	 * Builds a section step by step: figures, rows and table in the order they are added.
	 */
	public static final class Builder {

		private final String key;

		private final String title;

		private final List<Figure> figures = new ArrayList<>();

		private final List<Row> rows = new ArrayList<>();

		private List<String> columns;

		private final List<List<String>> tableRows = new ArrayList<>();

		private String note;

		private Builder(String key, String title) {
			this.key = key;
			this.title = title;
		}

		public Builder figure(String label, BigDecimal current, BigDecimal previous, String unit) {
			figures.add(new Figure(label, current, previous, unit));
			return this;
		}

		/**
		 * A figure whose change is told in points: scores that may be zero or negative,
		 * such as the NPS.
		 */
		public Builder figureInPoints(String label, BigDecimal current, BigDecimal previous) {
			figures.add(new Figure(label, current, previous, null, true));
			return this;
		}

		public Builder figure(String label, long current, long previous, String unit) {
			return figure(label, BigDecimal.valueOf(current), BigDecimal.valueOf(previous), unit);
		}

		public Builder row(String label, Object value) {
			rows.add(new Row(label, value == null ? null : value.toString()));
			return this;
		}

		/** Starts the table with its column headings. */
		public Builder table(String... columnHeadings) {
			this.columns = Arrays.asList(columnHeadings);
			return this;
		}

		/** A row of the table, one value per column ({@code null} shows as empty). */
		public Builder tableRow(Object... cells) {
			if (columns == null) {
				throw new IllegalStateException("call table(columns…) first");
			}
			tableRows.add(Arrays.stream(cells).map(c -> c == null ? "" : c.toString()).toList());
			return this;
		}

		public Builder note(String text) {
			this.note = text;
			return this;
		}

		public ReportSection build() {
			Table table = columns == null ? null : new Table(columns, tableRows);
			return new ReportSection(key, title, figures, rows, table, note);
		}

	}

	private static String text(String text) {
		return text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT - 1) + "…";
	}

}
