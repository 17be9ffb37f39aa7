package org.kam.account;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kam.support.Api;
import org.kam.support.BothDatabases;
import org.kam.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Regions as GB/T 2260 codes through the API (issue 9, item 8): names or codes in, codes
 * and both names out, filters that find 广东, 广东省 and Guangdong alike; and the company-size
 * filter (item 7).
 */
@BothDatabases
class AccountRegionApiTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	TestUsers.User manager;

	String marker;

	@BeforeEach
	void setUp() {
		manager = new TestUsers(new Api(port)).create("ACCOUNT_MANAGER");
		marker = "g" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
	}

	@Test
	void anAccountIsCreatedWithNamesOrCodesAndAnswersCodesAndBothNames() {
		for (List<String> region : List.of(List.of("广东", "深圳"), List.of("广东省", "深圳市"), List.of("Guangdong", "Shenzhen"),
				List.of("440000", "440300"))) {
			Api.Response created = create("Named " + marker, region.get(0), region.get(1), null);
			assertThat(created.status()).as(created.toString()).isEqualTo(201);
			JsonNode account = manager.api().get("/api/v1/accounts/" + created.id()).json();
			assertThat(account.get("provinceCode").asString()).as(region.toString()).isEqualTo("440000");
			assertThat(account.get("province").asString()).isEqualTo("广东省");
			assertThat(account.get("provinceEn").asString()).isEqualTo("Guangdong");
			assertThat(account.get("cityCode").asString()).isEqualTo("440300");
			assertThat(account.get("city").asString()).isEqualTo("深圳市");
			assertThat(account.get("cityEn").asString()).isEqualTo("Shenzhen");
		}
	}

	@Test
	void aCityAloneGivesItsProvince() {
		Api.Response created = create("City alone " + marker, null, "苏州", null);
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		JsonNode account = manager.api().get("/api/v1/accounts/" + created.id()).json();
		assertThat(account.get("provinceCode").asString()).isEqualTo("320000");
		assertThat(account.get("cityCode").asString()).isEqualTo("320500");
	}

	@Test
	void aRegionThatIsNoneIsRefusedNamingTheField() {
		Api.Response province = create("Nowhere " + marker, "火星", null, null);
		assertThat(province.status()).isEqualTo(400);
		assertThat(province.toString()).contains("\"province\"");
		Api.Response city = create("Wrong city " + marker, "浙江", "深圳", null);
		assertThat(city.status()).isEqualTo(400);
		assertThat(city.toString()).contains("\"city\"");
		assertThat(manager.api().get("/api/v1/accounts?province=" + q("火星")).status()).isEqualTo(400);
	}

	@Test
	void textFromBeforeRegionsWereCodesIsKeptOnSaveUntilARegionIsPicked() {
		long id = create("Legacy " + marker, null, null, null).id();
		// what V17_0 leaves for text that named no region
		jdbc.sql("update account set province = '火星', city = '奥林帕斯' where id = :id").param("id", id).update();
		JsonNode stored = manager.api().get("/api/v1/accounts/" + id).json();
		assertThat(stored.get("provinceCode").isNull()).isTrue();

		Map<String, Object> same = new HashMap<>(Map.of("name", "Legacy " + marker, "province", "火星", "city", "奥林帕斯",
				"version", stored.get("version").asLong()));
		Api.Response kept = manager.api().put("/api/v1/accounts/" + id, same);
		assertThat(kept.status()).as(kept.toString()).isEqualTo(200);
		assertThat(kept.json().get("province").asString()).isEqualTo("火星");

		same.put("province", "金星");
		same.put("version", kept.version());
		assertThat(manager.api().put("/api/v1/accounts/" + id, same).status()).isEqualTo(400);

		same.put("province", "Guangdong");
		same.put("city", "Shenzhen");
		Api.Response picked = manager.api().put("/api/v1/accounts/" + id, same);
		assertThat(picked.status()).as(picked.toString()).isEqualTo(200);
		assertThat(picked.json().get("cityCode").asString()).isEqualTo("440300");
	}

	@Test
	void theProvinceAndCityFiltersTakeCodesAndEveryName() {
		long shenzhen = create("Shenzhen " + marker, "广东省", "深圳市", null).id();
		long hangzhou = create("Hangzhou " + marker, "浙江", "杭州", null).id();

		for (String province : List.of("广东", "广东省", "Guangdong", "guangdong", "440000")) {
			assertThat(ids("province=" + q(province))).as(province).containsExactly(shenzhen);
		}
		for (String city : List.of("深圳", "深圳市", "Shenzhen", "440300")) {
			assertThat(ids("city=" + q(city))).as(city).containsExactly(shenzhen);
			assertThat(ids("province=440000&city=" + q(city))).as(city).containsExactly(shenzhen);
		}
		assertThat(ids("province=" + q("浙江"))).containsExactly(hangzhou);
		assertThat(ids("province=330000&city=330100")).containsExactly(hangzhou);
	}

	@Test
	void theSizeFilterFindsOnlyThatSize() {
		long large = create("Large " + marker, null, null, "LARGE").id();
		long small = create("Small " + marker, null, null, "SMALL").id();
		create("Unsized " + marker, null, null, null);

		assertThat(ids("sizeBand=LARGE")).containsExactly(large);
		assertThat(ids("sizeBand=SMALL")).containsExactly(small);
		JsonNode page = manager.api().get("/api/v1/accounts?q=" + marker + "&sizeBand=LARGE").json();
		assertThat(page.get("total").asLong()).isEqualTo(1);
		assertThat(manager.api().get("/api/v1/accounts?sizeBand=HUGE").status()).isEqualTo(400);
	}

	private Api.Response create(String name, String province, String city, String sizeBand) {
		Map<String, Object> body = new HashMap<>();
		body.put("name", name);
		body.put("province", province);
		body.put("city", city);
		body.put("sizeBand", sizeBand);
		return manager.api().post("/api/v1/accounts", body);
	}

	private List<Long> ids(String query) {
		Api.Response response = manager.api().get("/api/v1/accounts?q=" + marker + "&" + query);
		assertThat(response.status()).as(response.toString()).isEqualTo(200);
		List<Long> ids = new ArrayList<>();
		response.json().get("items").forEach(item -> ids.add(item.get("id").asLong()));
		return ids;
	}

	private static String q(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

}
