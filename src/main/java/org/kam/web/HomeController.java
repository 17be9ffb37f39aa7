package org.kam.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.kam.account.AccountApi;
import org.kam.account.AccountStatus;
import org.kam.account.AccountSummary;
import org.kam.account.Tier;
import org.kam.communication.CommunicationApi;
import org.kam.identity.CurrentUser;
import org.kam.identity.UserDirectory;
import org.kam.identity.UserRef;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import tools.jackson.databind.json.JsonMapper;

/**
 * "My day": the first page after sign-in, with the next steps due today and in the coming
 * week first and the overdue ones folded under their count.
 */
@Controller
class HomeController {

	private static final int LIST_LENGTH = 8;

	private final AccountApi accounts;

	private final UserDirectory users;

	private final MessageSource messages;

	private final JsonMapper json;

	private final CommunicationApi communications;

	HomeController(AccountApi accounts, UserDirectory users, MessageSource messages, JsonMapper json,
			CommunicationApi communications) {
		this.communications = communications;
		this.accounts = accounts;
		this.users = users;
		this.messages = messages;
		this.json = json;
	}

	@GetMapping("/")
	String home(CurrentUser user, Locale locale, Model model) {
		List<AccountSummary> mine = accounts.owned(user, LIST_LENGTH);
		List<AccountSummary> recent = accounts.recentlyChanged(user, LIST_LENGTH);
		Map<AccountStatus, Long> byStatus = accounts.countByStatus(user);
		Map<Tier, Long> byTier = accounts.countByTier(user);
		model.addAttribute("mine", mine);
		model.addAttribute("due", communications.nextStepsDue(user, LIST_LENGTH));
		model.addAttribute("dueNextStepsPath", communications.dueNextStepsPath(user));
		model.addAttribute("recent", recent);
		model.addAttribute("byStatus", byStatus);
		model.addAttribute("byTier", byTier);
		model.addAttribute("total", byStatus.values().stream().mapToLong(Long::longValue).sum());
		Map<Long, UserRef> owners = users
			.find(recent.stream().map(AccountSummary::ownerId).filter(Objects::nonNull).toList());
		model.addAttribute("owners", owners);
		model.addAttribute("statusChart", chart(byStatus, "status.", locale));
		model.addAttribute("tierChart", chart(byTier, "tier.", locale));
		return "home";
	}

	/**
	 * Labels and values as JSON for the chart's data attributes; no script is rendered
	 * inline.
	 */
	private Map<String, String> chart(Map<? extends Enum<?>, Long> counts, String prefix, Locale locale) {
		List<String> labels = counts.keySet()
			.stream()
			.map(key -> key == null ? "—" : messages.getMessage(prefix + key.name(), null, locale))
			.toList();
		return Map.of("labels", json.writeValueAsString(labels), "values",
				json.writeValueAsString(List.copyOf(counts.values())));
	}

}
