package org.kam.survey.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import jakarta.servlet.http.HttpServletResponse;
import org.kam.account.AccountApi;
import org.kam.identity.CurrentUser;
import org.kam.identity.UserDirectory;
import org.kam.identity.UserRef;
import org.kam.shared.FieldProblem;
import org.kam.shared.InvalidInputException;
import org.kam.shared.PageQuery;
import org.kam.shared.PageResult;
import org.kam.survey.domain.NpsGroup;
import org.kam.survey.domain.Survey;
import org.kam.survey.domain.SurveyService;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestHeader;

/**
 * Answered surveys across the accounts the user may read: who is unhappy, who would
 * recommend us. Bad filter values answer 400 with the page and a message per field.
 */
@Controller
class SurveyListController {

	private static final int OWNER_CHOICES = 50;

	private final SurveyService surveys;

	private final AccountApi accounts;

	private final UserDirectory users;

	private final MessageSource messages;

	SurveyListController(SurveyService surveys, AccountApi accounts, UserDirectory users, MessageSource messages) {
		this.surveys = surveys;
		this.accounts = accounts;
		this.users = users;
		this.messages = messages;
	}

	@GetMapping("/surveys")
	String list(@ModelAttribute("query") SurveyListQuery query, CurrentUser user, Model model, Locale locale,
			HttpServletResponse response, @RequestHeader(name = "HX-Request", defaultValue = "false") boolean htmx,
			@RequestHeader(name = "HX-History-Restore-Request", defaultValue = "false") boolean restore) {
		PageResult<Survey> result;
		List<FieldProblem> problems = List.of();
		try {
			SurveyListQuery.Parsed parsed = query.parse();
			result = surveys.list(parsed.filter(), query.sort(), parsed.page(), user);
		}
		catch (InvalidInputException e) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			problems = e.problems().stream().map(problem -> problem.in(messages, locale)).toList();
			result = new PageResult<>(List.of(), 0, PageQuery.DEFAULT_SIZE, 0);
		}
		model.addAttribute("problems", problems);
		model.addAttribute("result", result);
		model.addAttribute("totalPages", result.totalPages());
		model.addAttribute("accountNames",
				accounts.find(result.items().stream().map(Survey::accountId).distinct().toList()));
		model.addAttribute("respondents", accounts.findContacts(
				result.items().stream().map(Survey::respondentContactId).filter(Objects::nonNull).distinct().toList()));
		model.addAttribute("owners", ownerChoices(query.ownerId()));
		model.addAttribute("npsGroups", NpsGroup.values());
		boolean partial = htmx && !restore;
		return partial ? "survey/list :: results" : "survey/list";
	}

	/**
	 * Active users to choose an owner from, the chosen one included even if not among
	 * them.
	 */
	private List<UserRef> ownerChoices(String selected) {
		List<UserRef> choices = new ArrayList<>(users.searchActive("", OWNER_CHOICES));
		try {
			Long id = selected == null || selected.isBlank() ? null : Long.valueOf(selected.trim());
			if (id != null && choices.stream().noneMatch(u -> u.id() == id)) {
				choices.addAll(0, users.find(List.of(id)).values());
			}
		}
		catch (NumberFormatException e) {
			// the filter's own message says so
		}
		return choices;
	}

}
