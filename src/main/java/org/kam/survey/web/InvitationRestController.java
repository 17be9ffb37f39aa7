package org.kam.survey.web;

import java.net.URI;
import java.time.Clock;
import java.time.OffsetDateTime;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.kam.identity.CurrentUser;
import org.kam.shared.PageParameters;
import org.kam.shared.PageResult;
import org.kam.survey.domain.InvitationForm;
import org.kam.survey.domain.InvitationService;
import org.kam.survey.domain.NewInvitation;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/accounts/{accountId}/surveys/invitations")
@Tag(name = "Survey links", description = "One-time public links through which a customer answers a survey")
class InvitationRestController {

	private final InvitationService invitations;

	private final Clock clock;

	InvitationRestController(InvitationService invitations, Clock clock) {
		this.invitations = invitations;
		this.clock = clock;
	}

	@GetMapping
	PageResult<InvitationView> list(@PathVariable long accountId, @ParameterObject @ModelAttribute PageParameters pages,
			CurrentUser user) {
		OffsetDateTime now = OffsetDateTime.now(clock);
		return invitations.list(accountId, pages.pageQuery(), user).map(i -> InvitationView.of(i, now, null));
	}

	/** Creates a link; its {@code url} is in this answer only. */
	@PostMapping
	ResponseEntity<InvitationView> create(@PathVariable long accountId,
			@Valid @RequestBody(required = false) InvitationForm form, CurrentUser user) {
		NewInvitation created = invitations.create(accountId, form == null ? new InvitationForm(null, null) : form,
				user);
		InvitationView view = InvitationView.of(created.invitation(), OffsetDateTime.now(clock),
				SurveyLinks.url(created.token()));
		return ResponseEntity.created(URI.create("/api/v1/accounts/" + accountId + "/surveys/invitations/" + view.id()))
			.body(view);
	}

	@GetMapping("/{id}")
	InvitationView get(@PathVariable long accountId, @PathVariable long id, CurrentUser user) {
		return InvitationView.of(invitations.get(accountId, id, user), OffsetDateTime.now(clock), null);
	}

	/** Revokes a link that was not answered yet. */
	@DeleteMapping("/{id}")
	ResponseEntity<Void> revoke(@PathVariable long accountId, @PathVariable long id, CurrentUser user) {
		invitations.revoke(accountId, id, user);
		return ResponseEntity.noContent().build();
	}

}
