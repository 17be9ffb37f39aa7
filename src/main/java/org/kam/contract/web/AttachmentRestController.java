package org.kam.contract.web;

import java.net.URI;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.tags.Tag;
import org.kam.contract.domain.Attachment;
import org.kam.contract.domain.AttachmentService;
import org.kam.contract.domain.AttachmentTooLargeException;
import org.kam.identity.CurrentUser;
import org.kam.shared.FieldProblem;
import org.kam.shared.PageParameters;
import org.kam.shared.PageResult;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.context.MessageSource;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The files of a contract: upload (multipart, field {@code file}), list, download,
 * delete.
 */
@RestController
@RequestMapping("/api/v1/accounts/{accountId}/contracts/{contractId}/attachments")
@Tag(name = "Contracts")
class AttachmentRestController {

	private final AttachmentService attachments;

	private final MessageSource messages;

	AttachmentRestController(AttachmentService attachments, MessageSource messages) {
		this.attachments = attachments;
		this.messages = messages;
	}

	@GetMapping
	PageResult<Attachment> list(@PathVariable long accountId, @PathVariable long contractId,
			@ParameterObject @ModelAttribute PageParameters pages, CurrentUser user) {
		return attachments.list(accountId, contractId, pages.pageQuery(), user);
	}

	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<Attachment> upload(@PathVariable long accountId, @PathVariable long contractId,
			@RequestParam(name = "file", required = false) MultipartFile file, CurrentUser user) {
		Attachment created = attachments.upload(accountId, contractId, file, user);
		return ResponseEntity
			.created(URI
				.create("/api/v1/accounts/" + accountId + "/contracts/" + contractId + "/attachments/" + created.id()))
			.body(created);
	}

	@GetMapping("/{id}")
	ResponseEntity<Resource> download(@PathVariable long accountId, @PathVariable long contractId,
			@PathVariable long id, CurrentUser user) {
		return Downloads.of(attachments.get(accountId, contractId, id, user), attachments);
	}

	@DeleteMapping("/{id}")
	ResponseEntity<Void> delete(@PathVariable long accountId, @PathVariable long contractId, @PathVariable long id,
			CurrentUser user) {
		attachments.delete(accountId, contractId, id, user);
		return ResponseEntity.noContent().build();
	}

	/** 413 in the API's problem shape, naming the field and the limit. */
	@ExceptionHandler(AttachmentTooLargeException.class)
	ResponseEntity<ProblemDetail> tooLarge(AttachmentTooLargeException e, Locale locale) {
		long megabytes = e.limit().toMegabytes();
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.PAYLOAD_TOO_LARGE, e.getMessage());
		problem.setProperty("errors",
				List.of(new FieldProblem("file", messages.getMessage("contract.attachment.tooLarge",
						new Object[] { megabytes }, "is larger than " + megabytes + " MB", locale))));
		return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem);
	}

}
