package org.kam.survey.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.kam.identity.CurrentUser;
import org.kam.shared.PageResult;
import org.kam.survey.domain.Survey;
import org.kam.survey.domain.SurveyService;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Surveys")
class SurveyListRestController {

	private final SurveyService surveys;

	SurveyListRestController(SurveyService surveys) {
		this.surveys = surveys;
	}

	@GetMapping("/api/v1/surveys")
	@Operation(summary = "Answered surveys across the accounts the caller may read",
			description = "Filters from, to (ISO dates, inclusive), maxOverall (1–5), npsGroup (PROMOTER 9–10, "
					+ "PASSIVE 7–8, DETRACTOR 0–6), ownerId (the account's owner), accountId (one account); sort surveyedOn (default, newest "
					+ "first) or overall; page, size.")
	PageResult<Survey> list(@ParameterObject @ModelAttribute SurveyListQuery query, CurrentUser user) {
		SurveyListQuery.Parsed parsed = query.parse();
		return surveys.list(parsed.filter(), query.sort(), parsed.page(), user);
	}

}
