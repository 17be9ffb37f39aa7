package org.kam.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kam.account.AccountStatus;
import org.kam.complaint.ComplaintSeverity;
import org.kam.support.Api;
import org.kam.support.H2Test;
import org.kam.support.TestUsers;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every list binds its parameters into one query object, as its page does; a value of the
 * wrong type is still answered as when each was a parameter of its own, and a parameter
 * the list does not read is still refused by name.
 */
@H2Test
class ListParametersApiTests {

	@LocalServerPort
	int port;

	Api api;

	@BeforeEach
	void setUp() {
		api = new TestUsers(new Api(port)).create("ANALYST").api();
	}

	void assertProblem(String path, String field, String message) {
		Api.Response response = api.get(path);
		assertThat(response.status()).as(response.toString()).isEqualTo(400);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(response.json().get("errors")).as(response.toString()).hasSize(1);
		assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo(field);
		assertThat(response.json().get("errors").get(0).get("message").asString()).isEqualTo(message);
	}

	@Test
	void aValueOfTheWrongTypeIsNamedWithTheTypeItShouldHave() {
		assertProblem("/api/v1/contracts?accountId=abc", "accountId", "must be a long");
		assertProblem("/api/v1/complaints?page=abc", "page", "must be a int");
		assertProblem("/api/v1/sales?size=x", "size", "must be a int");
		// an Integer parameter before lists bound query objects: same words as then
		assertProblem("/api/v1/contracts?expiringWithinDays=abc", "expiringWithinDays", "must be a integer");
		assertProblem("/api/v1/communications?from=2026-13-01", "from", "must be a localdate");
		assertProblem("/api/v1/complaints?breaching=maybe", "breaching", "must be a boolean");
		assertProblem("/api/v1/service-plans?responsibleId=me", "responsibleId", "must be a long");
		assertProblem("/api/v1/market-reports?periodEnd=soon", "periodEnd", "must be a localdate");
		assertProblem("/api/v1/reports?accountId=one", "accountId", "must be a long");
	}

	@Test
	void aValueOutsideAnEnumNamesTheValues() {
		assertProblem("/api/v1/accounts?status=NOPE", "status", "must be one of "
				+ Arrays.stream(AccountStatus.values()).map(Enum::name).collect(Collectors.joining(", ")));
		assertProblem("/api/v1/complaints?severity=HUGE", "severity", "must be one of "
				+ Arrays.stream(ComplaintSeverity.values()).map(Enum::name).collect(Collectors.joining(", ")));
	}

	@Test
	void aHandParsedListKeepsItsOwnMessages() {
		assertProblem("/api/v1/development-plans?accountId=-3", "accountId", "must be a positive whole number");
		assertProblem("/api/v1/surveys?npsGroup=FAN", "npsGroup", "must be one of PROMOTER, PASSIVE, DETRACTOR");
	}

	@Test
	void aParameterTheListDoesNotReadIsRefusedNamingThoseItDoes() {
		assertProblem("/api/v1/sales?q=steel", "q",
				"is not a parameter of this operation (it accepts: accountId, from, page, product, salespersonId, size, sort, to)");
		assertProblem("/api/v1/complaints?sort=severity", "sort",
				"is not a parameter of this operation (it accepts: accountId, breaching, ownerId, page, severity, size, status)");
		assertProblem("/api/v1/reports?who=all", "who",
				"is not a parameter of this operation (it accepts: accountId, kind, page, period, size, sort)");
	}

	@Test
	void aListOfOneAccountTakesTheAccountFromItsPathOnly() {
		assertProblem("/api/v1/accounts/1/contracts?accountId=2", "accountId",
				"is not a parameter of this operation (it accepts: expiringWithinDays, page, q, size, sort, status, type)");
		assertProblem("/api/v1/accounts/1/communications?accountId=2", "accountId",
				"is not a parameter of this operation (it accepts: channel, from, page, size, sort, to)");
		assertProblem("/api/v1/accounts/1/contacts?accountId=2", "accountId",
				"is not a parameter of this operation (it accepts: page, size)");
	}

	@Test
	void aListOfOneAccountNamesAValueOfTheWrongTypeAsWhenEachWasAParameter() {
		assertProblem("/api/v1/accounts/1/contracts?page=abc", "page", "must be a int");
		assertProblem("/api/v1/accounts/1/service-plans?size=x", "size", "must be a int");
		assertProblem("/api/v1/accounts/1/contracts?expiringWithinDays=abc", "expiringWithinDays", "must be a integer");
		assertProblem("/api/v1/accounts/1/sales?from=2026-13-01", "from", "must be a localdate");
		assertProblem("/api/v1/accounts/1/complaints?severity=HUGE", "severity", "must be one of "
				+ Arrays.stream(ComplaintSeverity.values()).map(Enum::name).collect(Collectors.joining(", ")));
		assertProblem("/api/v1/notifications?unread=maybe", "unread", "must be a boolean");
	}

	@Test
	void theApiDocsStillListEachParameterOfAList() {
		JsonNode operation = api.get("/v3/api-docs").json().get("paths").get("/api/v1/contracts").get("get");
		List<String> names = new ArrayList<>();
		operation.get("parameters").forEach(parameter -> {
			assertThat(parameter.get("in").asString()).isEqualTo("query");
			names.add(parameter.get("name").asString());
		});

		assertThat(names).contains("accountId", "status", "type", "expiringWithinDays", "q", "page", "size", "sort");
	}

	@Test
	void theApiDocsListTheParametersOfAListOfOneAccountWithTheirDefaults() {
		JsonNode operation = api.get("/v3/api-docs")
			.json()
			.get("paths")
			.get("/api/v1/accounts/{accountId}/contracts")
			.get("get");
		Map<String, JsonNode> byName = new LinkedHashMap<>();
		operation.get("parameters").forEach(parameter -> byName.put(parameter.get("name").asString(), parameter));

		assertThat(byName).containsKeys("accountId", "status", "type", "expiringWithinDays", "q", "page", "size",
				"sort");
		assertThat(byName.get("accountId").get("in").asString()).isEqualTo("path");
		assertThat(byName.get("page").get("schema").get("default").asInt()).isZero();
		assertThat(byName.get("size").get("schema").get("default").asInt()).isEqualTo(20);
	}

	@Test
	void textWithAControlCharacterIsRefusedByName() {
		assertProblem("/api/v1/contracts?q=a%00b", "q",
				"must not contain control characters or text direction overrides");
	}

}
