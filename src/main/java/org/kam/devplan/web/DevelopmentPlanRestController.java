package org.kam.devplan.web;

import java.net.URI;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.kam.devplan.domain.DevelopmentPlan;
import org.kam.devplan.domain.DevelopmentPlanForm;
import org.kam.devplan.domain.DevelopmentPlanService;
import org.kam.devplan.domain.DevelopmentPlanSummary;
import org.kam.identity.CurrentUser;
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
@Tag(name = "Development plans",
		description = "An account's goals for a period, milestones and stakeholder map (客户发展计划)")
class DevelopmentPlanRestController {

	private static final String BASE = "/api/v1/accounts/{accountId}/development-plans";

	private final DevelopmentPlanService plans;

	DevelopmentPlanRestController(DevelopmentPlanService plans) {
		this.plans = plans;
	}

	/**
	 * Across the accounts the caller may read, newest period first by default; the same
	 * parameters as the page {@code /development-plans}, 400 naming each bad one.
	 */
	@GetMapping("/api/v1/development-plans")
	PageResult<DevelopmentPlanSummary> search(@ParameterObject @ModelAttribute DevelopmentPlanListQuery query,
			CurrentUser user) {
		DevelopmentPlanListQuery.Read read = query.read();
		return plans.list(read.filter(), query.sort(), read.page(), user);
	}

	/** The account's plans, newest period first. */
	@GetMapping(BASE)
	PageResult<DevelopmentPlan> list(@PathVariable long accountId,
			@ParameterObject @ModelAttribute PageParameters pages, CurrentUser user) {
		return plans.list(accountId, pages.pageQuery(), user);
	}

	@PostMapping(BASE)
	ResponseEntity<DevelopmentPlan> create(@PathVariable long accountId, @Valid @RequestBody DevelopmentPlanForm form,
			CurrentUser user) {
		DevelopmentPlan created = plans.create(accountId, form, user);
		return ResponseEntity
			.created(URI.create("/api/v1/accounts/" + accountId + "/development-plans/" + created.id()))
			.body(created);
	}

	@GetMapping(BASE + "/{id}")
	DevelopmentPlan get(@PathVariable long accountId, @PathVariable long id, CurrentUser user) {
		return plans.get(accountId, id, user);
	}

	/**
	 * Replaces the plan with its milestones and stakeholders; 409 when the version is
	 * stale.
	 */
	@PutMapping(BASE + "/{id}")
	DevelopmentPlan update(@PathVariable long accountId, @PathVariable long id,
			@Valid @RequestBody DevelopmentPlanForm form, CurrentUser user) {
		return plans.update(accountId, id, form, user);
	}

	@DeleteMapping(BASE + "/{id}")
	ResponseEntity<Void> delete(@PathVariable long accountId, @PathVariable long id, CurrentUser user) {
		plans.delete(accountId, id, user);
		return ResponseEntity.noContent().build();
	}

}
