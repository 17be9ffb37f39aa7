package org.kam.communication.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;

import org.kam.communication.Channel;
import org.kam.communication.domain.CommunicationFilter;
import org.kam.shared.PageQuery;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The cross-account list's state, all of it in the URL so that a view can be shared and
 * the back button works.
 */
public record CommunicationQuery(Long accountId, Channel channel,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Long ownerId,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueBefore, Integer page, Integer size, String sort) {

	public CommunicationFilter filter() {
		return new CommunicationFilter(accountId, channel, from, to, ownerId, dueBefore);
	}

	public PageQuery pageQuery() {
		return new PageQuery(page == null ? 0 : page, size == null ? PageQuery.DEFAULT_SIZE : size);
	}

	public boolean hasFilters() {
		return !filter().equals(CommunicationFilter.none());
	}

	public String withPage(int newPage) {
		return new CommunicationQuery(accountId, channel, from, to, ownerId, dueBefore, newPage, size, sort).url();
	}

	public String withoutAccount() {
		return new CommunicationQuery(null, channel, from, to, ownerId, dueBefore, null, size, sort).url();
	}

	public String url() {
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("accountId", accountId);
		params.put("channel", channel);
		params.put("from", from);
		params.put("to", to);
		params.put("ownerId", ownerId);
		params.put("dueBefore", dueBefore);
		params.put("page", page == null || page == 0 ? null : page);
		params.put("size", size == null || size == PageQuery.DEFAULT_SIZE ? null : size);
		params.put("sort", sort == null || sort.isBlank() ? null : sort);
		StringJoiner query = new StringJoiner("&", "/communications?", "").setEmptyValue("/communications");
		params.forEach((name, value) -> {
			if (value != null && !value.toString().isBlank()) {
				query.add(name + "=" + URLEncoder.encode(value.toString(), StandardCharsets.UTF_8));
			}
		});
		return query.toString();
	}

}
