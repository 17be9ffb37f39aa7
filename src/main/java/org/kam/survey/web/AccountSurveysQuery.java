package org.kam.survey.web;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;
import org.kam.shared.PageQuery;
import org.kam.shared.Paged;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The parameters of one account's survey list. The account is the path's: there is no
 * {@code accountId} here, so that {@code ?accountId=} stays refused as a parameter this
 * list does not read.
 */
record AccountSurveysQuery(@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, String sort,
		@Schema(defaultValue = "0") Integer page,
		@Schema(defaultValue = "" + PageQuery.DEFAULT_SIZE) Integer size) implements Paged {
}
