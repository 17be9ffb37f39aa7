package org.kam.serviceplan.web;

import java.net.URI;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.kam.identity.CurrentUser;
import org.kam.serviceplan.domain.ServicePlan;
import org.kam.serviceplan.domain.ServicePlanForm;
import org.kam.serviceplan.domain.ServicePlanService;
import org.kam.shared.PageParameters;
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
@Tag(name = "Service plans", description = "What service an account gets, when, how and from whom (客户服务计划)")
class ServicePlanRestController {

	private static final String BASE = "/api/v1/accounts/{accountId}/service-plans";

	private final ServicePlanService plans;

	ServicePlanRestController(ServicePlanService plans) {
		this.plans = plans;
	}

	/** Across the accounts the caller may read; overdue and upcoming first by default. */
	@GetMapping("/api/v1/service-plans")
	PageResult<ServicePlan> search(@ParameterObject @ModelAttribute ServicePlanSearchQuery query, CurrentUser user) {
		return plans.list(query.filter(), query.sort(), query.pageQuery(), user);
	}

	@GetMapping(BASE)
	PageResult<ServicePlan> list(@PathVariable long accountId, @ParameterObject @ModelAttribute PageParameters pages,
			CurrentUser user) {
		return plans.list(accountId, pages.pageQuery(), user);
	}

	@PostMapping(BASE)
	ResponseEntity<ServicePlan> create(@PathVariable long accountId, @Valid @RequestBody ServicePlanForm form,
			CurrentUser user) {
		ServicePlan created = plans.create(accountId, form, user);
		return ResponseEntity.created(URI.create("/api/v1/accounts/" + accountId + "/service-plans/" + created.id()))
			.body(created);
	}

	@GetMapping(BASE + "/{id}")
	ServicePlan get(@PathVariable long accountId, @PathVariable long id, CurrentUser user) {
		return plans.get(accountId, id, user);
	}

	@PutMapping(BASE + "/{id}")
	ServicePlan update(@PathVariable long accountId, @PathVariable long id, @Valid @RequestBody ServicePlanForm form,
			CurrentUser user) {
		return plans.update(accountId, id, form, user);
	}

	/**
	 * Completes the open occurrence; the body may carry the {@code version} read, to
	 * refuse (409) a completion of a plan someone changed meanwhile.
	 */
	@PostMapping(BASE + "/{id}/done")
	ServicePlan done(@PathVariable long accountId, @PathVariable long id,
			@RequestBody(required = false) VersionBody body, CurrentUser user) {
		return plans.done(accountId, id, body == null ? null : body.version(), user);
	}

	@DeleteMapping(BASE + "/{id}")
	ResponseEntity<Void> delete(@PathVariable long accountId, @PathVariable long id, CurrentUser user) {
		plans.delete(accountId, id, user);
		return ResponseEntity.noContent().build();
	}

	record VersionBody(Long version) {
	}

}
