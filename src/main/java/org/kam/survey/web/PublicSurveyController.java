package org.kam.survey.web;

import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.kam.shared.InvalidInputException;
import org.kam.shared.NotFoundException;
import org.kam.survey.domain.InvitationService;
import org.kam.survey.domain.LinkClosedException;
import org.kam.survey.domain.LinkState;
import org.kam.survey.domain.OpenLink;
import org.kam.survey.domain.PublicAnswer;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The survey page a customer opens from a link, without signing in. It shows the
 * company's name and the questions, nothing else of the account and no link into the
 * application; it speaks Chinese or English (the switch on the page, else
 * Accept-Language).
 */
@Controller
@RequestMapping(SurveyLinks.PREFIX + "{token}")
class PublicSurveyController {

	private static final String FORM = "survey/public-form";

	private static final String CLOSED = "survey/public-closed";

	private final InvitationService invitations;

	private final LocaleResolver localeResolver;

	PublicSurveyController(InvitationService invitations, LocaleResolver localeResolver) {
		this.invitations = invitations;
		this.localeResolver = localeResolver;
	}

	@GetMapping
	Object show(@PathVariable String token, @RequestParam(required = false) String lang, Model model,
			HttpServletRequest request, HttpServletResponse response) {
		if (lang != null) {
			boolean chinese = "zh".equals(Locale.forLanguageTag(lang).getLanguage());
			localeResolver.setLocale(request, response, chinese ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH);
			return "redirect:" + SurveyLinks.PREFIX + token;
		}
		OpenLink link = invitations.open(token);
		if (Boolean.TRUE.equals(model.getAttribute("thanks"))) {
			return closed(token, link.companyName(), "thanks", HttpStatus.OK);
		}
		if (link.state() != LinkState.OPEN) {
			return closed(token, link, HttpStatus.GONE);
		}
		return form(token, link, PublicAnswer.empty(), model);
	}

	@PostMapping
	Object answer(@PathVariable String token, @Valid @ModelAttribute("answer") PublicAnswer answer,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		OpenLink link = invitations.open(token);
		if (link.state() != LinkState.OPEN) {
			return closed(token, link, link.state() == LinkState.USED ? HttpStatus.CONFLICT : HttpStatus.GONE);
		}
		if (link.askName() && (answer.respondentName() == null || answer.respondentName().isBlank())) {
			// said with the other missing answers rather than after them
			errors.rejectValue("respondentName", "survey.validation.respondentPublic", "please tell us your name");
		}
		if (!errors.hasErrors()) {
			try {
				invitations.answer(token, answer);
				redirect.addFlashAttribute("thanks", true);
				return "redirect:" + SurveyLinks.PREFIX + token;
			}
			catch (LinkClosedException e) {
				return closed(token, new OpenLink(link.companyName(), e.state(), false),
						e.state() == LinkState.USED ? HttpStatus.CONFLICT : HttpStatus.GONE);
			}
			catch (InvalidInputException e) {
				e.rejectInto(errors);
			}
		}
		return form(token, link, answer, model);
	}

	/** A token nobody issued: the public "not found" page, without the app's menu. */
	@ExceptionHandler(NotFoundException.class)
	ModelAndView unknown(HttpServletRequest request) {
		ModelAndView page = new ModelAndView(CLOSED, HttpStatus.NOT_FOUND);
		page.addObject("kind", "unknown");
		page.addObject("selfPath", request.getRequestURI());
		return page;
	}

	private static String form(String token, OpenLink link, PublicAnswer answer, Model model) {
		model.addAttribute("answer", answer);
		model.addAttribute("companyName", link.companyName());
		model.addAttribute("askName", link.askName());
		model.addAttribute("selfPath", SurveyLinks.PREFIX + token);
		model.addAttribute("scores", List.of(1, 2, 3, 4, 5));
		model.addAttribute("npsScale", IntStream.rangeClosed(0, 10).boxed().toList());
		return FORM;
	}

	private static ModelAndView closed(String token, OpenLink link, HttpStatus status) {
		String kind = switch (link.state()) {
			case USED -> "used";
			case OPEN -> "thanks";
			default -> "expired";
		};
		return closed(token, link.companyName(), kind, status);
	}

	private static ModelAndView closed(String token, String companyName, String kind, HttpStatus status) {
		ModelAndView page = new ModelAndView(CLOSED, status);
		page.addObject("kind", kind);
		page.addObject("companyName", companyName);
		page.addObject("selfPath", SurveyLinks.PREFIX + token);
		return page;
	}

}
