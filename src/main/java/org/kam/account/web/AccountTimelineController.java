package org.kam.account.web;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.kam.account.TimelineEntry;
import org.kam.account.TimelineSource;
import org.kam.account.domain.AccountService;
import org.kam.identity.CurrentUser;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The account's timeline tab: every record kind's newest entries merged, newest first,
 * one page at a time ("older" continues before the last entry shown).
 */
@Controller
class AccountTimelineController {

	static final int PAGE = 30;

	private final AccountService accounts;

	private final ObjectProvider<TimelineSource> sources;

	AccountTimelineController(AccountService accounts, ObjectProvider<TimelineSource> sources) {
		this.accounts = accounts;
		this.sources = sources;
	}

	@GetMapping("/accounts/{id}/timeline/section")
	String section(@PathVariable long id, @ModelAttribute TimelineSectionQuery query, CurrentUser user, Model model) {
		accounts.get(id, user);
		List<TimelineSource> all = sources.orderedStream().toList();
		String kind = query.kindOrAll();
		OffsetDateTime until = query.before() == null ? OffsetDateTime.now().plusYears(100) : query.before();
		List<TimelineEntry> merged = new ArrayList<>();
		for (TimelineSource source : all) {
			if (kind == null || kind.equals(source.kind().key())) {
				merged.addAll(source.entries(id, until, PAGE + 1));
			}
		}
		merged.sort(Comparator.comparing(TimelineEntry::at).reversed());
		boolean more = merged.size() > PAGE;
		List<TimelineEntry> page = merged.subList(0, Math.min(PAGE, merged.size()));
		model.addAttribute("accountId", id);
		model.addAttribute("kinds", all.stream().map(TimelineSource::kind).toList());
		model.addAttribute("kind", kind);
		model.addAttribute("entries", page);
		model.addAttribute("olderUrl", more ? query.olderThan(id, page.get(page.size() - 1).at()) : null);
		return "account/timeline :: section";
	}

}
