package org.kam.communication.web;

import java.net.URI;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.kam.communication.domain.Communication;
import org.kam.communication.domain.CommunicationForm;
import org.kam.communication.domain.CommunicationService;
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

@RestController
@Tag(name = "Communications", description = "Communication records (客户沟通记录) and their next steps")
class CommunicationRestController {

	private static final String BASE = "/api/v1/accounts/{accountId}/communications";

	private final CommunicationService communications;

	CommunicationRestController(CommunicationService communications) {
		this.communications = communications;
	}

	/** One account's communications, newest first. */
	@GetMapping(BASE)
	PageResult<Communication> list(@PathVariable long accountId,
			@ParameterObject @ModelAttribute AccountCommunicationsQuery query, CurrentUser user) {
		return communications.list(accountId, query.filter(accountId), query.sort(), query.pageQuery(), user);
	}

	/** Communications across the accounts the caller may read. */
	@GetMapping("/api/v1/communications")
	PageResult<Communication> search(@ParameterObject @ModelAttribute CommunicationQuery query, CurrentUser user) {
		return communications.search(query.filter(), query.sort(), query.pageQuery(), user);
	}

	@PostMapping(BASE)
	ResponseEntity<Communication> create(@PathVariable long accountId, @Valid @RequestBody CommunicationForm form,
			CurrentUser user) {
		Communication created = communications.create(accountId, form, user);
		return ResponseEntity.created(URI.create("/api/v1/accounts/" + accountId + "/communications/" + created.id()))
			.body(created);
	}

	@GetMapping(BASE + "/{id}")
	Communication get(@PathVariable long accountId, @PathVariable long id, CurrentUser user) {
		return communications.get(accountId, id, user);
	}

	@PutMapping(BASE + "/{id}")
	Communication update(@PathVariable long accountId, @PathVariable long id,
			@Valid @RequestBody CommunicationForm form, CurrentUser user) {
		return communications.update(accountId, id, form, user);
	}

	@DeleteMapping(BASE + "/{id}")
	ResponseEntity<Void> delete(@PathVariable long accountId, @PathVariable long id, CurrentUser user) {
		communications.delete(accountId, id, user);
		return ResponseEntity.noContent().build();
	}

}
