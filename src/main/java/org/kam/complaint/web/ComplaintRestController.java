package org.kam.complaint.web;

import java.net.URI;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.kam.complaint.domain.Complaint;
import org.kam.complaint.domain.ComplaintForm;
import org.kam.complaint.domain.ComplaintService;
import org.kam.identity.CurrentUser;
import org.kam.shared.PageResult;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Complaints of one account ({@code /api/v1/accounts/{id}/complaints}) and across the
 * accounts the caller may read ({@code /api/v1/complaints}); key accounts first.
 */
@RestController
@Tag(name = "Complaints", description = "Complaints (投诉), their targets and their handling")
class ComplaintRestController {

	private static final String ACCOUNT_COMPLAINTS = "/api/v1/accounts/{accountId}/complaints";

	private final ComplaintService complaints;

	ComplaintRestController(ComplaintService complaints) {
		this.complaints = complaints;
	}

	@GetMapping("/api/v1/complaints")
	PageResult<Complaint> list(@ParameterObject @ModelAttribute ComplaintListQuery query, CurrentUser user) {
		return complaints.list(query.filter(), query.pageQuery(), user);
	}

	@GetMapping(ACCOUNT_COMPLAINTS)
	PageResult<Complaint> listOfAccount(@PathVariable long accountId,
			@ParameterObject @ModelAttribute AccountComplaintsQuery query, CurrentUser user) {
		return complaints.list(query.filter(accountId), query.pageQuery(), user);
	}

	@PostMapping(ACCOUNT_COMPLAINTS)
	ResponseEntity<Complaint> create(@PathVariable long accountId, @Valid @RequestBody ComplaintForm form,
			CurrentUser user) {
		Complaint created = complaints.create(accountId, form, user);
		return ResponseEntity.created(URI.create("/api/v1/accounts/" + accountId + "/complaints/" + created.id()))
			.body(created);
	}

	@GetMapping(ACCOUNT_COMPLAINTS + "/{id}")
	Complaint get(@PathVariable long accountId, @PathVariable long id, CurrentUser user) {
		return complaints.get(accountId, id, user);
	}

	@PutMapping(ACCOUNT_COMPLAINTS + "/{id}")
	Complaint update(@PathVariable long accountId, @PathVariable long id, @Valid @RequestBody ComplaintForm form,
			CurrentUser user) {
		return complaints.update(accountId, id, form, user);
	}

	@DeleteMapping(ACCOUNT_COMPLAINTS + "/{id}")
	ResponseEntity<Void> delete(@PathVariable long accountId, @PathVariable long id, CurrentUser user) {
		complaints.delete(accountId, id, user);
		return ResponseEntity.noContent().build();
	}

}
