package org.kam.report.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.StringJoiner;

import org.kam.report.ReportPeriod;
import org.kam.shared.PageQuery;

/** The cross-account reports list's state, all of it in the URL. */
public record ReportListQuery(String period, ReportPeriod.Kind kind, Integer page, Integer size) {

	PageQuery pageQuery() {
		return new PageQuery(page == null ? 0 : page, size == null ? PageQuery.DEFAULT_SIZE : size);
	}

	public String withPage(int newPage) {
		return new ReportListQuery(period, kind, newPage, size).url();
	}

	public String url() {
		StringJoiner query = new StringJoiner("&", "/reports?", "").setEmptyValue("/reports");
		add(query, "period", period);
		add(query, "kind", kind);
		add(query, "page", page == null || page == 0 ? null : page);
		add(query, "size", size == null || size == PageQuery.DEFAULT_SIZE ? null : size);
		return query.toString();
	}

	private static void add(StringJoiner query, String name, Object value) {
		if (value != null && !value.toString().isBlank()) {
			query.add(name + "=" + URLEncoder.encode(value.toString(), StandardCharsets.UTF_8));
		}
	}

}
