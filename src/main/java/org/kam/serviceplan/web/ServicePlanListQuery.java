package org.kam.serviceplan.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;

import org.kam.identity.CurrentUser;
import org.kam.serviceplan.domain.ServicePlanFilter;
import org.kam.serviceplan.domain.ServicePlanStatus;
import org.kam.shared.PageQuery;

/**
 * The state of the service plans page, all of it in the URL. Without parameters it shows
 * the user's open items (overdue first, then upcoming): {@code who=all} widens it to
 * everyone's plans the user may read, {@code status=ANY} includes done and cancelled.
 */
public record ServicePlanListQuery(String who, String status, Boolean overdue, Long accountId, Integer page,
		Integer size) {

	static final String ANY = "ANY";

	public boolean everyone() {
		return "all".equals(who);
	}

	ServicePlanFilter filter(CurrentUser user) {
		ServicePlanStatus chosen = status == null || status.isBlank() || ANY.equals(status) ? null
				: ServicePlanStatus.valueOf(status);
		boolean openOnly = (status == null || status.isBlank());
		return new ServicePlanFilter(accountId, everyone() ? null : user.id(), overdue, chosen, openOnly);
	}

	PageQuery pageQuery() {
		return new PageQuery(page == null ? 0 : page, size == null ? PageQuery.DEFAULT_SIZE : size);
	}

	public String withPage(int newPage) {
		return new ServicePlanListQuery(who, status, overdue, accountId, newPage, size).url();
	}

	public String url() {
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("who", who);
		params.put("status", status);
		params.put("overdue", overdue);
		params.put("accountId", accountId);
		params.put("page", page == null || page == 0 ? null : page);
		params.put("size", size == null || size == PageQuery.DEFAULT_SIZE ? null : size);
		StringJoiner query = new StringJoiner("&", "/service-plans?", "").setEmptyValue("/service-plans");
		params.forEach((name, value) -> {
			if (value != null && !value.toString().isBlank()) {
				query.add(name + "=" + URLEncoder.encode(value.toString(), StandardCharsets.UTF_8));
			}
		});
		return query.toString();
	}

}
