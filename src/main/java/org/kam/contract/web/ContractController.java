package org.kam.contract.web;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import jakarta.validation.Valid;
import org.kam.account.AccountApi;
import org.kam.account.AccountSummary;
import org.kam.contract.ContractStatus;
import org.kam.contract.ContractType;
import org.kam.contract.domain.Attachment;
import org.kam.contract.domain.AttachmentService;
import org.kam.contract.domain.AttachmentTooLargeException;
import org.kam.contract.domain.Contract;
import org.kam.contract.domain.ContractFilter;
import org.kam.contract.domain.ContractForm;
import org.kam.contract.domain.ContractService;
import org.kam.identity.CurrentUser;
import org.kam.identity.UserDirectory;
import org.kam.shared.InvalidInputException;
import org.kam.shared.PageParameters;
import org.kam.shared.PageQuery;
import org.kam.shared.PageResult;
import org.kam.shared.StaleVersionException;
import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DefaultMessageCodesResolver;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An account's contracts in the pages: the account tab (an htmx fragment), a contract
 * with its attachments, the create and edit forms, the upload.
 */
@Controller
@RequestMapping("/accounts/{accountId}/contracts")
class ContractController {

	/** Rows in the account tab per page; an account rarely has more. */
	static final int SECTION_SIZE = 20;

	private static final int ATTACHMENTS_SHOWN = 100;

	private final ContractService contracts;

	private final AttachmentService attachments;

	private final AccountApi accounts;

	private final UserDirectory users;

	ContractController(ContractService contracts, AttachmentService attachments, AccountApi accounts,
			UserDirectory users) {
		this.contracts = contracts;
		this.attachments = attachments;
		this.accounts = accounts;
		this.users = users;
	}

	/**
	 * A value the form cannot convert (letters in the amount) is named with this module's
	 * message ({@code contract.typeMismatch}) rather than Spring's technical one.
	 */
	@InitBinder("form")
	void messageCodes(WebDataBinder binder) {
		binder.setMessageCodesResolver(new DefaultMessageCodesResolver() {
			@Override
			public String[] resolveMessageCodes(String errorCode, String objectName, String field, Class<?> fieldType) {
				String[] codes = super.resolveMessageCodes(errorCode, objectName, field, fieldType);
				if (!"typeMismatch".equals(errorCode)) {
					return codes;
				}
				String[] withOurs = Arrays.copyOf(codes, codes.length + 1);
				withOurs[codes.length] = "contract.typeMismatch";
				return withOurs;
			}
		});
	}

	@GetMapping("/section")
	String section(@PathVariable long accountId, @ModelAttribute PageParameters pages, CurrentUser user, Model model) {
		PageResult<Contract> result = contracts.list(accountId, ContractFilter.none(), null,
				pages.pageQuery(SECTION_SIZE), user);
		model.addAttribute("accountId", accountId);
		model.addAttribute("sectionLinks",
				pages.linksTo("/accounts/" + accountId + "/contracts/section", SECTION_SIZE));
		model.addAttribute("result", result);
		model.addAttribute("totalPages", result.totalPages());
		model.addAttribute("mayEdit", contracts.mayEdit(accountId, user));
		model.addAttribute("today", contracts.today());
		return "contract/section :: section";
	}

	@GetMapping("/new")
	String newForm(@PathVariable long accountId, CurrentUser user, Model model) {
		return form(accounts.editable(accountId, user), ContractForm.empty(contracts.defaultCurrency()), null, model);
	}

	@PostMapping
	String create(@PathVariable long accountId, @Valid @ModelAttribute("form") ContractForm form, BindingResult errors,
			CurrentUser user, Model model, RedirectAttributes redirect) {
		AccountSummary account = accounts.editable(accountId, user);
		if (!errors.hasErrors()) {
			try {
				Contract created = contracts.create(accountId, form, user);
				redirect.addFlashAttribute("flash", "contract.saved");
				return "redirect:/accounts/" + accountId + "/contracts/" + created.id();
			}
			catch (InvalidInputException e) {
				e.rejectInto(errors);
			}
		}
		return form(account, form, null, model, errors);
	}

	@GetMapping("/{id}")
	String show(@PathVariable long accountId, @PathVariable long id, CurrentUser user, Model model) {
		Contract contract = contracts.get(accountId, id, user);
		PageResult<Attachment> files = attachments.list(accountId, id, new PageQuery(0, ATTACHMENTS_SHOWN), user);
		model.addAttribute("account", accounts.readable(accountId, user));
		model.addAttribute("contract", contract);
		model.addAttribute("attachments", files);
		model.addAttribute("uploaders",
				users.find(files.items().stream().map(Attachment::createdBy).filter(Objects::nonNull).toList()));
		model.addAttribute("mayEdit", contracts.mayEdit(accountId, user));
		model.addAttribute("today", contracts.today());
		model.addAttribute("limits", attachments.limits());
		return "contract/show";
	}

	@GetMapping("/{id}/edit")
	String editForm(@PathVariable long accountId, @PathVariable long id, CurrentUser user, Model model) {
		AccountSummary account = accounts.editable(accountId, user);
		Contract contract = contracts.get(accountId, id, user);
		return form(account, ContractForm.of(contract), contract, model);
	}

	@PostMapping("/{id}")
	String update(@PathVariable long accountId, @PathVariable long id, @Valid @ModelAttribute("form") ContractForm form,
			BindingResult errors, CurrentUser user, Model model, RedirectAttributes redirect) {
		AccountSummary account = accounts.editable(accountId, user);
		Contract contract = contracts.get(accountId, id, user);
		if (!errors.hasErrors()) {
			try {
				contracts.update(accountId, id, form, user);
				redirect.addFlashAttribute("flash", "contract.saved");
				return "redirect:/accounts/" + accountId + "/contracts/" + id;
			}
			catch (StaleVersionException e) {
				// show what is stored now; the user applies the change again on top of it
				model.addAttribute("conflict", true);
				Contract theirs = contracts.get(accountId, id, user);
				return form(account, ContractForm.of(theirs), theirs, model);
			}
			catch (InvalidInputException e) {
				e.rejectInto(errors);
			}
		}
		return form(account, form, contract, model, errors);
	}

	@PostMapping("/{id}/delete")
	String delete(@PathVariable long accountId, @PathVariable long id, CurrentUser user, RedirectAttributes redirect) {
		contracts.delete(accountId, id, user);
		redirect.addFlashAttribute("flash", "contract.deleted");
		return "redirect:/accounts/" + accountId + "?tab=contracts";
	}

	@PostMapping("/{id}/attachments")
	String upload(@PathVariable long accountId, @PathVariable long id,
			@RequestParam(name = "file", required = false) MultipartFile file, CurrentUser user, Model model,
			RedirectAttributes redirect) {
		try {
			attachments.upload(accountId, id, file, user);
			redirect.addFlashAttribute("flash", "contract.attachment.saved");
			return "redirect:/accounts/" + accountId + "/contracts/" + id;
		}
		catch (InvalidInputException e) {
			InvalidInputException.Problem problem = e.problems().get(0);
			model.addAttribute("uploadError", problem);
		}
		catch (AttachmentTooLargeException e) {
			model.addAttribute("uploadError", new InvalidInputException.Problem("file", "contract.attachment.tooLarge",
					List.of(e.limit().toMegabytes()), e.getMessage()));
		}
		return show(accountId, id, user, model);
	}

	@GetMapping("/{id}/attachments/{attachmentId}")
	ResponseEntity<Resource> download(@PathVariable long accountId, @PathVariable long id,
			@PathVariable long attachmentId, CurrentUser user) {
		return Downloads.of(attachments.get(accountId, id, attachmentId, user), attachments);
	}

	@PostMapping("/{id}/attachments/{attachmentId}/delete")
	String deleteAttachment(@PathVariable long accountId, @PathVariable long id, @PathVariable long attachmentId,
			CurrentUser user, RedirectAttributes redirect) {
		attachments.delete(accountId, id, attachmentId, user);
		redirect.addFlashAttribute("flash", "contract.attachment.deleted");
		return "redirect:/accounts/" + accountId + "/contracts/" + id;
	}

	private String form(AccountSummary account, ContractForm form, Contract contract, Model model) {
		return form(account, form, contract, model, null);
	}

	/**
	 * The form with the errors of a failed save. The bound form goes back into the model,
	 * which drops its BindingResult when the binder built a different instance (a value
	 * it could not convert), so the errors are put back after it.
	 */
	private String form(AccountSummary account, ContractForm form, Contract contract, Model model,
			BindingResult errors) {
		model.addAttribute("account", account);
		if (!model.containsAttribute("form") || model.getAttribute("form") != form) {
			// replacing the bound form would drop its BindingResult, and the errors with
			// it
			model.addAttribute("form", form);
		}
		model.addAttribute("contract", contract);
		model.addAttribute("types", ContractType.values());
		model.addAttribute("statuses", ContractStatus.values());
		if (errors != null) {
			model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", errors);
		}
		return "contract/form";
	}

}
