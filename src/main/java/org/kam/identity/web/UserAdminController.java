package org.kam.identity.web;

import java.beans.PropertyEditorSupport;
import java.util.EnumSet;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.kam.identity.CurrentUser;
import org.kam.identity.Role;
import org.kam.identity.domain.User;
import org.kam.identity.domain.UserForm;
import org.kam.identity.domain.UserService;
import org.kam.shared.InvalidInputException;
import org.kam.shared.PageParameters;
import org.kam.shared.PageResult;
import org.kam.shared.StaleVersionException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The users administration pages. {@link SecurityConfig} already keeps /admin/** for
 * admins; the annotation keeps it so should that rule ever be loosened.
 */
@Controller
@RequestMapping("/admin/users")
@PreAuthorize("hasRole('ADMIN')")
class UserAdminController {

	private final UserService users;

	private final Validator validator;

	UserAdminController(UserService users, Validator validator) {
		this.users = users;
		this.validator = validator;
	}

	/**
	 * Passwords are taken as typed: the global binder trims every text, which would
	 * silently change a password that starts or ends with a space (the API keeps it).
	 */
	@InitBinder("form")
	void passwordsAsTyped(WebDataBinder binder) {
		binder.registerCustomEditor(String.class, "password", new PropertyEditorSupport() {

			@Override
			public void setAsText(String text) {
				setValue(text == null || text.isEmpty() ? null : text);
			}

		});
	}

	@ModelAttribute("allRoles")
	Role[] allRoles() {
		return Role.values();
	}

	@GetMapping
	String list(@ModelAttribute PageParameters pages, Model model) {
		PageResult<User> result = users.list(pages.pageQuery());
		model.addAttribute("result", result);
		model.addAttribute("totalPages", result.totalPages());
		model.addAttribute("links", pages.linksTo("/admin/users"));
		return "admin/users/list";
	}

	@GetMapping("/new")
	String newForm(Model model) {
		UserAdminForm form = new UserAdminForm();
		// the role most users get, so that the common case is one click less
		form.setRoles(EnumSet.of(Role.ACCOUNT_MANAGER));
		return form(form, null, model);
	}

	@PostMapping
	String create(@ModelAttribute("form") UserAdminForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		form.setVersion(null);
		validate(form.toUserForm(), errors);
		if (!errors.hasErrors()) {
			try {
				users.create(form.toUserForm());
				redirect.addFlashAttribute("flash", "user.created");
				return "redirect:/admin/users";
			}
			catch (InvalidInputException e) {
				e.rejectInto(errors);
			}
		}
		return form(form, null, model);
	}

	@GetMapping("/{id}/edit")
	String editForm(@PathVariable long id, Model model) {
		User user = users.get(id);
		return form(UserAdminForm.of(user), user, model);
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @ModelAttribute("form") UserAdminForm form, BindingResult errors,
			CurrentUser actor, Model model, RedirectAttributes redirect) {
		User current = users.get(id);
		// the username is fixed: what the browser sends is ignored rather than trusted
		form.setUsername(current.username());
		validate(form.toUserForm(), errors);
		if (!errors.hasErrors()) {
			try {
				users.update(id, form.toUserForm(), actor);
				redirect.addFlashAttribute("flash", "user.saved");
				return "redirect:/admin/users";
			}
			catch (StaleVersionException e) {
				User theirs = users.get(id);
				model.addAttribute("conflict", true);
				return form(UserAdminForm.of(theirs), theirs, model);
			}
			catch (InvalidInputException e) {
				e.rejectInto(errors);
			}
		}
		return form(form, current, model);
	}

	/**
	 * The password is never sent back: the page leaves it out, so a re-rendered form asks
	 * for it again.
	 */
	private String form(UserAdminForm form, User user, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("user", user);
		// an administrator unlocks a throttled user by saving them: the page says so
		model.addAttribute("throttledUntil", user == null ? null : users.signInThrottledUntil(user.id()).orElse(null));
		return "admin/users/form";
	}

	/**
	 * The API's rules, run on the very record the service receives; messages come in the
	 * request's language.
	 */
	private void validate(UserForm form, BindingResult errors) {
		Set<ConstraintViolation<UserForm>> violations = validator.validate(form);
		for (ConstraintViolation<UserForm> violation : violations) {
			String field = violation.getPropertyPath().toString().split("[.\\[]", 2)[0];
			String code = violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
			// one message per field is enough, and a binding error (a role that does not
			// exist) says it best
			if (errors.getFieldErrorCount(field) == 0) {
				errors.rejectValue(field, code, violation.getMessage());
			}
		}
	}

}
