package org.kam.account.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.kam.account.AccountStatus;
import org.kam.account.DecisionRole;
import org.kam.account.SizeBand;
import org.kam.account.Tier;
import org.kam.account.UnifiedSocialCreditCode;
import org.kam.account.Urgency;
import org.kam.account.domain.Account;
import org.kam.account.domain.AccountForm;
import org.kam.account.domain.AccountListPage;
import org.kam.account.domain.AccountService;
import org.kam.account.domain.Contact;
import org.kam.account.domain.ContactService;
import org.kam.account.domain.ListCounts;
import org.kam.identity.CurrentUser;
import org.kam.region.Region;
import org.kam.region.Regions;
import org.kam.identity.UserDirectory;
import org.kam.identity.UserRef;
import org.kam.shared.CountCap;
import org.kam.shared.ForbiddenException;
import org.kam.shared.InvalidInputException;
import org.kam.shared.PageQuery;
import org.kam.shared.PageResult;
import org.kam.shared.RecordKind;
import org.kam.shared.RecordKind.Tab;
import org.kam.shared.StaleVersionException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The archive's pages: the list, an account, its create and edit forms. */
@Controller
@RequestMapping("/accounts")
class AccountController {

	private static final int OWNER_CHOICES = 50;

	private static final int CONTACTS_SHOWN = 100;

	static final String ARCHIVE_TAB = "archive";

	static final String TIMELINE_TAB = "timeline";

	private final AccountService accounts;

	private final ContactService contacts;

	private final UserDirectory users;

	private final ObjectProvider<RecordKind> kinds;

	private final Regions regions;

	AccountController(AccountService accounts, ContactService contacts, UserDirectory users,
			ObjectProvider<RecordKind> kinds, Regions regions) {
		this.regions = regions;
		this.accounts = accounts;
		this.contacts = contacts;
		this.users = users;
		this.kinds = kinds;
	}

	@ModelAttribute
	void choices(Model model) {
		model.addAttribute("statuses", AccountStatus.values());
		model.addAttribute("urgencies", Urgency.values());
		model.addAttribute("tiers", Tier.values());
		model.addAttribute("sizeBands", SizeBand.values());
		model.addAttribute("decisionRoles", DecisionRole.values());
		model.addAttribute("provinces", regions.provinces());
	}

	/**
	 * The full page, or only the results when htmx asks for them; a history restore (back
	 * button after htmx navigation) needs the full page again.
	 */
	@GetMapping
	String list(@ModelAttribute("query") ListQuery requested, CurrentUser user, Model model,
			@RequestHeader(name = "HX-Request", defaultValue = "false") boolean htmx,
			@RequestHeader(name = "HX-History-Restore-Request", defaultValue = "false") boolean restore) {
		ListQuery query = withRegionCodes(requested);
		model.addAttribute("query", query);
		model.addAttribute("cities", regions.cities(query.province()));
		PageQuery pageQuery = reachable(query.pageQuery());
		AccountListPage listed = accounts.listPage(query.filter(), query.sort(), pageQuery, user);
		ListCounts counts = listed.counts();
		PageResult<Account> page = new PageResult<>(listed.items(), pageQuery.page(), pageQuery.size(), counts.total(),
				counts.exact());
		int totalPages = CountCap.pages(page);
		model.addAttribute("result", page);
		model.addAttribute("counts", counts);
		model.addAttribute("byStatus", counts.byStatus());
		model.addAttribute("allCount", counts.all());
		model.addAttribute("totalPages", totalPages);
		model.addAttribute("pagingCapped", !counts.exact() || page.totalPages() > totalPages);
		model.addAttribute("countCap", CountCap.CAP);
		model.addAttribute("owners",
				users.find(page.items().stream().map(Account::ownerId).filter(Objects::nonNull).toList()));
		model.addAttribute("mayCreate", accounts.mayCreate(user));
		boolean partial = htmx && !restore;
		model.addAttribute("partial", partial);
		return partial ? "account/list :: results" : "account/list";
	}

	/**
	 * The list's province and city as codes (links may name them: 广东, Guangdong), and no
	 * city when the province just changed to one that does not have it. Text that names
	 * no province is left for the service to refuse.
	 */
	private ListQuery withRegionCodes(ListQuery query) {
		String province = query.province() == null ? null
				: regions.province(query.province()).map(Region::code).orElse(query.province());
		String city = query.city() == null ? null
				: regions.city(query.city(), regions.find(province).isPresent() ? province : null)
					.map(Region::code)
					.orElse(regions.find(province).isPresent() ? null : query.city());
		return query.withRegion(province, city);
	}

	/** The city picker's options for a province, when the province picker changes. */
	@GetMapping("/city-options")
	String cityOptions(@RequestParam(required = false) String province, Model model) {
		model.addAttribute("cities",
				regions.province(province == null ? "" : province)
					.map(p -> regions.cities(p.code()))
					.orElse(List.of()));
		return "account/partials/region :: cityOptions";
	}

	/** A page past what the list pages (see CountCap) shows the last reachable one. */
	private static PageQuery reachable(PageQuery requested) {
		int last = Math.max(0, CountCap.CAP / requested.size() - 1);
		return requested.page() > last ? new PageQuery(last, requested.size()) : requested;
	}

	/**
	 * The account's page with one tab open: the archive (by default) or the tab named by
	 * {@code tab}, whose content is rendered in place, so every tab is a plain link.
	 */
	@GetMapping("/{id}")
	String show(@PathVariable long id, @RequestParam(defaultValue = ARCHIVE_TAB) String tab, CurrentUser user,
			Model model, HttpServletRequest request, HttpServletResponse response)
			throws ServletException, IOException {
		openTab(id, tab, user, model, request, response);
		return "account/show";
	}

	/**
	 * Only the tab bar and the open tab's content, which htmx swaps when a tab is
	 * clicked; the same access rule as the page (404 for no such account, 403 for one the
	 * user may not read).
	 */
	@GetMapping("/{id}/panel")
	String panel(@PathVariable long id, @RequestParam(defaultValue = ARCHIVE_TAB) String tab, CurrentUser user,
			Model model, HttpServletRequest request, HttpServletResponse response)
			throws ServletException, IOException {
		openTab(id, tab, user, model, request, response);
		return "account/show :: panel";
	}

	/**
	 * Reads the account once (with the access check) and only what the open tab shows:
	 * the archive's contacts and people, or another tab's content from its fragment.
	 */
	private void openTab(long id, String tab, CurrentUser user, Model model, HttpServletRequest request,
			HttpServletResponse response) throws ServletException, IOException {
		Account account = accounts.get(id, user);
		List<Tab> shown = tabs();
		String chosen = shown.stream().anyMatch(s -> s.segment().equals(tab)) || TIMELINE_TAB.equals(tab) ? tab
				: ARCHIVE_TAB;
		model.addAttribute("kindTabs", shown);
		model.addAttribute("tab", chosen);
		model.addAttribute("account", account);
		model.addAttribute("mayEdit", accounts.mayEdit(account, user));
		if (ARCHIVE_TAB.equals(chosen)) {
			model.addAttribute("contacts", contacts.list(account, new PageQuery(0, CONTACTS_SHOWN)));
			model.addAttribute("people",
					users.find(Stream.of(account.ownerId(), account.createdBy(), account.updatedBy())
						.filter(Objects::nonNull)
						.toList()));
		}
		else {
			model.addAttribute("tabContent",
					TabInclude.render("/accounts/" + id + "/" + chosen + "/section", request, response));
		}
	}

	/**
	 * The tabs the record kinds add after the archive and the timeline, in their order.
	 */
	private List<Tab> tabs() {
		return kinds.orderedStream()
			.map(RecordKind::tab)
			.filter(Objects::nonNull)
			.sorted(Comparator.comparingInt(Tab::order))
			.toList();
	}

	@GetMapping("/new")
	String newForm(CurrentUser user, Model model) {
		if (!accounts.mayCreate(user)) {
			throw new ForbiddenException("Your roles do not allow creating accounts.");
		}
		AccountForm empty = new AccountForm(null, null, null, null, null, null, null, null, AccountStatus.POTENTIAL,
				Urgency.CAN_WAIT, null, user.id(), List.of(), null, null, null, null);
		return form(empty, null, user, model);
	}

	@PostMapping
	String create(@Valid @ModelAttribute("form") AccountForm form, BindingResult errors,
			@RequestParam(defaultValue = "false") boolean similarConfirmed, CurrentUser user, Model model,
			RedirectAttributes redirect) {
		if (!errors.hasErrors() && !similarConfirmed && warnedOfSimilar(form, null, model, user)) {
			return form(form, null, user, model);
		}
		if (!errors.hasErrors()) {
			try {
				Account created = accounts.create(form, user);
				redirect.addFlashAttribute("flash", "account.created");
				return "redirect:/accounts/" + created.id();
			}
			catch (InvalidInputException e) {
				e.rejectInto(errors);
			}
		}
		return form(form, null, user, model);
	}

	@GetMapping("/{id}/edit")
	String editForm(@PathVariable long id, CurrentUser user, Model model) {
		Account account = accounts.getEditable(id, user);
		return form(AccountForms.of(account), account, user, model);
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @Valid @ModelAttribute("form") AccountForm form, BindingResult errors,
			@RequestParam(defaultValue = "false") boolean similarConfirmed, CurrentUser user, Model model,
			RedirectAttributes redirect) {
		Account current = accounts.get(id, user);
		boolean renamed = form.name() != null && !form.name().strip().equals(current.name());
		if (!errors.hasErrors() && renamed && !similarConfirmed && warnedOfSimilar(form, id, model, user)) {
			return form(form, current, user, model);
		}
		if (!errors.hasErrors()) {
			try {
				accounts.update(id, form, user);
				redirect.addFlashAttribute("flash", "account.saved");
				return "redirect:/accounts/" + id;
			}
			catch (StaleVersionException e) {
				return conflict(accounts.get(id, user), form, model);
			}
			catch (InvalidInputException e) {
				e.rejectInto(errors);
			}
		}
		return form(form, current, user, model);
	}

	/**
	 * Checks a USCC as it is typed: the server's validator, so the rules cannot drift
	 * apart.
	 */
	@GetMapping("/uscc-check")
	String usccCheck(@RequestParam(required = false) String uscc, @RequestParam(required = false) Long id,
			CurrentUser user, Model model) {
		String code = uscc == null ? "" : UnifiedSocialCreditCode.normalize(uscc);
		var violation = code.isEmpty() ? null : UnifiedSocialCreditCode.violation(code).orElse(null);
		model.addAttribute("empty", code.isEmpty());
		model.addAttribute("violation", violation);
		model.addAttribute("holder",
				code.isEmpty() || violation != null ? null : accounts.usccHolder(code, id, user).orElse(null));
		return "account/partials/uscc :: feedback";
	}

	/**
	 * Names the accounts whose name is equal or near-equal to the one being typed, so a
	 * second record of one company is noticed before it is made.
	 */
	@GetMapping("/name-check")
	String nameCheck(@RequestParam(required = false) String name, @RequestParam(required = false) Long id,
			CurrentUser user, Model model) {
		model.addAttribute("similar", accounts.similarNames(name, id, user));
		model.addAttribute("confirmable", false);
		return "account/partials/similar :: feedback";
	}

	/** Options of the owner picker, filtered as the user types. */
	@GetMapping("/owner-options")
	String ownerOptions(@RequestParam(defaultValue = "") String ownerSearch,
			@RequestParam(required = false) Long ownerId, Model model) {
		model.addAttribute("ownerChoices", ownerChoices(ownerSearch, ownerId));
		model.addAttribute("selectedOwner", ownerId);
		return "account/partials/owners :: options";
	}

	/**
	 * Puts the accounts with a similar name in the model, to be confirmed before saving;
	 * answers whether there are any. The API saves without asking, as it always has.
	 */
	private boolean warnedOfSimilar(AccountForm form, Long id, Model model, CurrentUser user) {
		AccountService.SimilarAccounts similar = accounts.similarNames(form.name(), id, user);
		model.addAttribute("similar", similar);
		model.addAttribute("confirmable", similar.any());
		return similar.any();
	}

	private String conflict(Account theirs, AccountForm yours, Model model) {
		model.addAttribute("account", theirs);
		model.addAttribute("differences", AccountForms.differences(theirs, yours,
				code -> code == null ? null : regions.name(code, LocaleContextHolder.getLocale())));
		model.addAttribute("form", AccountForms.withVersion(yours, theirs.version()));
		model.addAttribute("people", users
			.find(Stream.of(theirs.updatedBy(), theirs.ownerId(), yours.ownerId()).filter(Objects::nonNull).toList()));
		return "account/conflict";
	}

	private String form(AccountForm form, Account account, CurrentUser user, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("account", account);
		model.addAttribute("mayAssign", accounts.mayAssignAnyOwner(user));
		model.addAttribute("ownerChoices", ownerChoices("", form.ownerId()));
		model.addAttribute("selectedOwner", form.ownerId());
		model.addAttribute("cities",
				regions.province(form.province() == null ? "" : form.province())
					.map(p -> regions.cities(p.code()))
					.orElse(List.of()));
		return "account/form";
	}

	/**
	 * The first active users by name, with the current choice kept even when it is not
	 * among them.
	 */
	private List<UserRef> ownerChoices(String search, Long selected) {
		List<UserRef> choices = new ArrayList<>(users.searchActive(search, OWNER_CHOICES));
		if (selected != null && choices.stream().noneMatch(u -> u.id() == selected)) {
			choices.addAll(0, users.find(List.of(selected)).values());
		}
		return choices;
	}

}
