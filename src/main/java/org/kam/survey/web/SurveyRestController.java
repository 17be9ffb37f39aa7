package org.kam.survey.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.kam.identity.CurrentUser;
import org.kam.shared.PageResult;
import org.kam.survey.domain.MonthTrend;
import org.kam.survey.domain.Survey;
import org.kam.survey.domain.SurveyForm;
import org.kam.survey.domain.SurveyService;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/accounts/{accountId}/surveys")
@Tag(name = "Surveys", description = "Satisfaction surveys of an account and their monthly trend")
class SurveyRestController {

	private final SurveyService surveys;

	SurveyRestController(SurveyService surveys) {
		this.surveys = surveys;
	}

	@GetMapping
	PageResult<Survey> list(@PathVariable long accountId, @ParameterObject @ModelAttribute AccountSurveysQuery query,
			CurrentUser user) {
		return surveys.list(accountId, query.from(), query.to(), query.sort(), query.pageQuery(), user);
	}

	/** Averages per month (scores 1–5, NPS 0–10), oldest month first. */
	@GetMapping("/trend")
	List<MonthTrend> trend(@PathVariable long accountId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			CurrentUser user) {
		return surveys.trend(accountId, from, to, user);
	}

	@PostMapping
	ResponseEntity<Survey> create(@PathVariable long accountId, @Valid @RequestBody SurveyForm form, CurrentUser user) {
		Survey created = surveys.create(accountId, form, user);
		return ResponseEntity.created(URI.create("/api/v1/accounts/" + accountId + "/surveys/" + created.id()))
			.body(created);
	}

	@GetMapping("/{id}")
	Survey get(@PathVariable long accountId, @PathVariable long id, CurrentUser user) {
		return surveys.get(accountId, id, user);
	}

	@PutMapping("/{id}")
	Survey update(@PathVariable long accountId, @PathVariable long id, @Valid @RequestBody SurveyForm form,
			CurrentUser user) {
		return surveys.update(accountId, id, form, user);
	}

	@DeleteMapping("/{id}")
	ResponseEntity<Void> delete(@PathVariable long accountId, @PathVariable long id, CurrentUser user) {
		surveys.delete(accountId, id, user);
		return ResponseEntity.noContent().build();
	}

}
