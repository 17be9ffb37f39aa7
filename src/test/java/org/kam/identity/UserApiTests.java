package org.kam.identity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kam.support.Api;
import org.kam.support.BothDatabases;
import org.kam.support.TestUsers;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Users administration and "who am I", as a client sees them. Runs on H2 and on
 * PostgreSQL.
 */
@BothDatabases
class UserApiTests {

	static final List<String> NON_ADMIN_ROLES = List.of("MANAGER", "CUSTODIAN", "ANALYST", "COLLECTOR",
			"ACCOUNT_MANAGER");

	@LocalServerPort
	int port;

	Api api;

	TestUsers users;

	Api admin;

	String marker;

	@BeforeEach
	void setUp() {
		api = new Api(port);
		users = new TestUsers(api);
		admin = users.admin();
		marker = "t" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
	}

	Map<String, Object> user(String username, String... roles) {
		Map<String, Object> body = new HashMap<>();
		body.put("username", username);
		body.put("password", "a-long-password-1");
		body.put("displayName", "Display " + username);
		body.put("roles", List.of(roles));
		return body;
	}

	/** The body a PUT sends to keep the user as it is, built from what GET answered. */
	static Map<String, Object> asForm(JsonNode user) {
		Map<String, Object> body = new HashMap<>();
		body.put("username", user.get("username").asString());
		body.put("displayName", user.get("displayName").asString());
		body.put("roles", user.get("roles").valueStream().map(JsonNode::asString).toList());
		body.put("enabled", user.get("enabled").asBoolean());
		body.put("version", user.get("version").asLong());
		return body;
	}

	@Test
	void anAdminCreatesAUserAndNoPasswordComesBack() {
		Api.Response created = admin.post("/api/v1/users", user("New.User_" + marker, "ANALYST", "COLLECTOR"));

		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		assertThat(created.header("Location")).isEqualTo("/api/v1/users/" + created.id());
		JsonNode json = created.json();
		assertThat(json.get("username").asString()).isEqualTo("new.user_" + marker);
		assertThat(json.get("displayName").asString()).isEqualTo("Display New.User_" + marker);
		assertThat(roles(json)).containsExactlyInAnyOrder("ANALYST", "COLLECTOR");
		assertThat(json.get("enabled").asBoolean()).isTrue();
		assertThat(json.get("version").asLong()).isZero();
		assertThat(json.has("password")).isFalse();
		assertThat(json.has("passwordHash")).isFalse();
		assertThat(created.raw().body()).doesNotContainIgnoringCase("password")
			.doesNotContain("a-long-password-1")
			.doesNotContain("{bcrypt}");

		Api newcomer = api.as("new.user_" + marker, "a-long-password-1");
		assertThat(newcomer.get("/api/v1/me").status()).isEqualTo(200);
	}

	@Test
	void usernamesAreUniqueWhateverTheCase() {
		assertThat(admin.post("/api/v1/users", user("dup" + marker, "ANALYST")).status()).isEqualTo(201);

		Api.Response duplicate = admin.post("/api/v1/users", user("DUP" + marker.toUpperCase(), "ANALYST"));

		assertThat(duplicate.status()).isEqualTo(400);
		assertThat(duplicate.contentType()).startsWith("application/problem+json");
		assertThat(fields(duplicate)).containsExactly("username");
	}

	@Test
	void aPasswordMustBeAtLeastTenCharacters() {
		Map<String, Object> body = user("short" + marker, "ANALYST");
		body.put("password", "123456789");

		Api.Response response = admin.post("/api/v1/users", body);

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(fields(response)).containsExactly("password");

		body.remove("password");
		Api.Response missing = admin.post("/api/v1/users", body);
		assertThat(missing.status()).isEqualTo(400);
		assertThat(fields(missing)).containsExactly("password");
	}

	@Test
	void aUserNeedsAtLeastOneKnownRole() {
		Map<String, Object> none = user("noroles" + marker);
		Api.Response empty = admin.post("/api/v1/users", none);
		assertThat(empty.status()).isEqualTo(400);
		assertThat(empty.contentType()).startsWith("application/problem+json");
		assertThat(fields(empty)).containsExactly("roles");

		none.remove("roles");
		Api.Response missing = admin.post("/api/v1/users", none);
		assertThat(missing.status()).isEqualTo(400);
		assertThat(fields(missing)).containsExactly("roles");

		Api.Response unknown = admin.post("/api/v1/users", user("badrole" + marker, "ANALYST", "EMPEROR"));
		assertThat(unknown.status()).isEqualTo(400);
		assertThat(unknown.contentType()).startsWith("application/problem+json");
		assertThat(fields(unknown)).singleElement().asString().startsWith("roles");
		assertThat(unknown.json().toString()).contains("ACCOUNT_MANAGER");

		assertThat(api.as("badrole" + marker, "a-long-password-1").get("/api/v1/me").status()).isEqualTo(401);
	}

	@Test
	void usernamesAreCheckedForShape() {
		Api.Response response = admin.post("/api/v1/users", user("with space " + marker, "ANALYST"));

		assertThat(response.status()).isEqualTo(400);
		assertThat(fields(response)).containsExactly("username");
	}

	@Test
	void usersAreListedInPagesByUsername() {
		for (String suffix : List.of("c", "a", "b")) {
			assertThat(admin.post("/api/v1/users", user("sort" + marker + suffix, "ANALYST")).status()).isEqualTo(201);
		}

		JsonNode first = admin.get("/api/v1/users?page=0&size=2").json();
		assertThat(first.get("items")).hasSize(2);
		assertThat(first.get("page").asInt()).isZero();
		assertThat(first.get("size").asInt()).isEqualTo(2);
		long total = first.get("total").asLong();
		assertThat(total).isGreaterThanOrEqualTo(4);

		List<String> all = new ArrayList<>();
		for (int page = 0; page * 200L < total; page++) {
			Api.Response response = admin.get("/api/v1/users?size=200&page=" + page);
			assertThat(response.status()).isEqualTo(200);
			assertThat(response.raw().body()).doesNotContain("\"password").doesNotContain("{bcrypt}");
			response.json().get("items").valueStream().forEach(u -> all.add(u.get("username").asString()));
		}
		assertThat(all).hasSize((int) total).doesNotHaveDuplicates().contains("admin");
		assertThat(all.stream().filter(name -> name.startsWith("sort" + marker)).toList())
			.containsExactly("sort" + marker + "a", "sort" + marker + "b", "sort" + marker + "c");
		assertThat(admin.get("/api/v1/users?size=201").status()).isEqualTo(400);
		assertThat(admin.get("/api/v1/users?page=-1").status()).isEqualTo(400);
	}

	@Test
	void anAdminReadsAUser() {
		TestUsers.User analyst = users.create("ANALYST");

		Api.Response read = admin.get("/api/v1/users/" + analyst.id());

		assertThat(read.status()).isEqualTo(200);
		assertThat(read.json().get("username").asString()).isEqualTo(analyst.username());
		assertThat(roles(read.json())).containsExactly("ANALYST");
		assertThat(read.raw().body()).doesNotContainIgnoringCase("password");
	}

	@Test
	void anUnknownUserIsNotFound() {
		Api.Response read = admin.get("/api/v1/users/987654321");
		assertThat(read.status()).isEqualTo(404);
		assertThat(read.contentType()).startsWith("application/problem+json");

		Api.Response change = admin.put("/api/v1/users/987654321", user("ghost" + marker, "ANALYST"));
		assertThat(change.status()).isEqualTo(404);
	}

	@Test
	void aPutChangesDisplayNameRolesAndEnabled() {
		TestUsers.User someone = users.create("ANALYST");
		Map<String, Object> change = asForm(admin.get("/api/v1/users/" + someone.id()).json());
		change.put("displayName", "Renamed " + marker);
		change.put("roles", List.of("MANAGER", "CUSTODIAN"));

		Api.Response updated = admin.put("/api/v1/users/" + someone.id(), change);

		assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
		assertThat(updated.json().get("displayName").asString()).isEqualTo("Renamed " + marker);
		assertThat(roles(updated.json())).containsExactlyInAnyOrder("MANAGER", "CUSTODIAN");
		assertThat(updated.version()).isEqualTo(1);
		assertThat(roles(someone.api().get("/api/v1/me").json())).containsExactlyInAnyOrder("MANAGER", "CUSTODIAN");
	}

	@Test
	void aDisabledUserCannotSignIn() {
		TestUsers.User someone = users.create("ACCOUNT_MANAGER");
		assertThat(someone.api().get("/api/v1/me").status()).isEqualTo(200);
		Map<String, Object> change = asForm(admin.get("/api/v1/users/" + someone.id()).json());
		change.put("enabled", false);

		Api.Response disabled = admin.put("/api/v1/users/" + someone.id(), change);

		assertThat(disabled.status()).as(disabled.toString()).isEqualTo(200);
		assertThat(disabled.json().get("enabled").asBoolean()).isFalse();
		Api.Response refused = someone.api().get("/api/v1/me");
		assertThat(refused.status()).isEqualTo(401);
		assertThat(refused.contentType()).startsWith("application/problem+json");
		assertThat(someone.api().get("/api/v1/accounts").status()).isEqualTo(401);

		change.put("enabled", true);
		change.put("version", disabled.version());
		assertThat(admin.put("/api/v1/users/" + someone.id(), change).status()).isEqualTo(200);
		assertThat(someone.api().get("/api/v1/me").status()).isEqualTo(200);
	}

	@Test
	void aPutWithAPasswordChangesThePassword() {
		TestUsers.User someone = users.create("COLLECTOR");
		Map<String, Object> change = asForm(admin.get("/api/v1/users/" + someone.id()).json());
		change.put("password", "a-brand-new-password");

		Api.Response updated = admin.put("/api/v1/users/" + someone.id(), change);

		assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
		assertThat(updated.raw().body()).doesNotContain("a-brand-new-password");
		assertThat(someone.api().get("/api/v1/me").status()).isEqualTo(401);
		assertThat(api.as(someone.username(), "a-brand-new-password").get("/api/v1/me").status()).isEqualTo(200);
	}

	@Test
	void aPutWithoutPasswordKeepsThePassword() {
		TestUsers.User someone = users.create("COLLECTOR");
		Map<String, Object> change = asForm(admin.get("/api/v1/users/" + someone.id()).json());
		change.put("displayName", "Kept " + marker);

		assertThat(admin.put("/api/v1/users/" + someone.id(), change).status()).isEqualTo(200);
		assertThat(someone.api().get("/api/v1/me").status()).isEqualTo(200);
	}

	@Test
	void aPutWithAStaleVersionIsAConflict() {
		TestUsers.User someone = users.create("COLLECTOR");
		Map<String, Object> change = asForm(admin.get("/api/v1/users/" + someone.id()).json());
		assertThat(admin.put("/api/v1/users/" + someone.id(), change).status()).isEqualTo(200);

		change.put("displayName", "Lost update " + marker);
		Api.Response stale = admin.put("/api/v1/users/" + someone.id(), change);

		assertThat(stale.status()).isEqualTo(409);
		assertThat(stale.contentType()).startsWith("application/problem+json");
		assertThat(stale.json().get("currentVersion").asLong()).isEqualTo(1);
	}

	@Test
	void theUsernameCannotBeChanged() {
		TestUsers.User someone = users.create("COLLECTOR");
		Map<String, Object> change = asForm(admin.get("/api/v1/users/" + someone.id()).json());
		change.put("username", "other" + marker);

		Api.Response refused = admin.put("/api/v1/users/" + someone.id(), change);

		assertThat(refused.status()).isEqualTo(400);
		assertThat(fields(refused)).containsExactly("username");
	}

	@Test
	void anAdminCannotDisableThemselfNorDropTheirOwnAdminRole() {
		TestUsers.User second = users.create("ADMIN");
		Map<String, Object> self = asForm(second.api().get("/api/v1/users/" + second.id()).json());
		self.put("enabled", false);

		Api.Response disable = second.api().put("/api/v1/users/" + second.id(), self);

		assertThat(disable.status()).isEqualTo(400);
		assertThat(disable.contentType()).startsWith("application/problem+json");
		assertThat(disable.json().has("errors")).isTrue();

		self.put("enabled", true);
		self.put("roles", List.of("ANALYST"));
		assertThat(second.api().put("/api/v1/users/" + second.id(), self).status()).isEqualTo(400);

		JsonNode unchanged = second.api().get("/api/v1/users/" + second.id()).json();
		assertThat(unchanged.get("enabled").asBoolean()).isTrue();
		assertThat(roles(unchanged)).containsExactly("ADMIN");

		// another admin may
		Map<String, Object> byOther = asForm(unchanged);
		byOther.put("enabled", false);
		assertThat(admin.put("/api/v1/users/" + second.id(), byOther).status()).isEqualTo(200);
		assertThat(second.api().get("/api/v1/me").status()).isEqualTo(401);
	}

	@Test
	void onlyAdminsManageUsers() {
		TestUsers.User target = users.create("ANALYST");
		Map<String, Object> change = asForm(admin.get("/api/v1/users/" + target.id()).json());
		change.put("roles", List.of("ADMIN"));
		for (String role : NON_ADMIN_ROLES) {
			TestUsers.User caller = users.create(role);
			for (Api.Response refused : List.of(caller.api().get("/api/v1/users"),
					caller.api().get("/api/v1/users/" + target.id()),
					caller.api().post("/api/v1/users", user(role.toLowerCase() + "-made-" + marker, "ADMIN")),
					caller.api().put("/api/v1/users/" + target.id(), change),
					caller.api().put("/api/v1/users/" + caller.id(), change))) {
				assertThat(refused.status()).as(role + ": " + refused).isEqualTo(403);
				assertThat(refused.contentType()).as(role).startsWith("application/problem+json");
				assertThat(refused.json().get("status").asInt()).isEqualTo(403);
			}
		}
		assertThat(roles(admin.get("/api/v1/users/" + target.id()).json())).containsExactly("ANALYST");
		for (String role : NON_ADMIN_ROLES) {
			assertThat(api.as(role.toLowerCase() + "-made-" + marker, "a-long-password-1").get("/api/v1/me").status())
				.isEqualTo(401);
		}
	}

	@Test
	void anonymousCallersAreUnauthorized() {
		for (Api.Response refused : List.of(api.anonymous().get("/api/v1/users"),
				api.anonymous().get("/api/v1/users/1"), api.anonymous().get("/api/v1/me"),
				api.as("admin", "not-the-password").get("/api/v1/users"),
				api.as("admin", "not-the-password").post("/api/v1/users", user("wrongpw" + marker, "ADMIN")))) {
			assertThat(refused.status()).as(refused.toString()).isEqualTo(401);
			assertThat(refused.contentType()).startsWith("application/problem+json");
			assertThat(refused.header("WWW-Authenticate")).startsWith("Basic");
		}
	}

	@Test
	void anonymousWritesAreUnauthorized() {
		for (Api.Response refused : List.of(api.anonymous().post("/api/v1/users", user("anon" + marker, "ADMIN")),
				api.anonymous().put("/api/v1/users/1", user("admin", "ADMIN")))) {
			assertThat(refused.status()).as(refused.toString()).isEqualTo(401);
			assertThat(refused.header("WWW-Authenticate")).startsWith("Basic");
		}
	}

	@Test
	void anonymousWritesChangeNothing() {
		TestUsers.User someone = users.create("ANALYST");
		Map<String, Object> change = asForm(admin.get("/api/v1/users/" + someone.id()).json());
		change.put("roles", List.of("ADMIN"));

		for (Api.Response refused : List.of(api.anonymous().post("/api/v1/users", user("anon" + marker, "ADMIN")),
				api.anonymous().put("/api/v1/users/" + someone.id(), change))) {
			assertThat(refused.status()).as(refused.toString()).isIn(401, 403);
			assertThat(refused.contentType()).startsWith("application/problem+json");
		}
		assertThat(roles(admin.get("/api/v1/users/" + someone.id()).json())).containsExactly("ANALYST");
		assertThat(api.as("anon" + marker, "a-long-password-1").get("/api/v1/me").status()).isEqualTo(401);
	}

	@Test
	void meTellsAnyUserWhoTheyAre() {
		for (String role : List.of("ADMIN", "MANAGER", "CUSTODIAN", "ANALYST", "COLLECTOR", "ACCOUNT_MANAGER")) {
			TestUsers.User someone = users.create(role);

			Api.Response me = someone.api().get("/api/v1/me");

			assertThat(me.status()).as(role).isEqualTo(200);
			assertThat(me.json().get("id").asLong()).isEqualTo(someone.id());
			assertThat(me.json().get("username").asString()).isEqualTo(someone.username());
			assertThat(roles(me.json())).containsExactly(role);
			assertThat(me.raw().body()).doesNotContainIgnoringCase("password");
		}
		JsonNode adminMe = admin.get("/api/v1/me").json();
		assertThat(adminMe.get("username").asString()).isEqualTo("admin");
		assertThat(roles(adminMe)).containsExactly("ADMIN");
	}

	@Test
	void usernamesSignInWhateverTheCase() {
		TestUsers.User someone = users.create("ANALYST");

		Api.Response me = api.as(someone.username().toUpperCase(), TestUsers.PASSWORD).get("/api/v1/me");

		assertThat(me.status()).isEqualTo(200);
		assertThat(me.json().get("id").asLong()).isEqualTo(someone.id());
	}

	static Set<String> roles(JsonNode user) {
		return Set.copyOf(user.get("roles").valueStream().map(JsonNode::asString).toList());
	}

	static List<String> fields(Api.Response response) {
		return response.json().get("errors").valueStream().map(e -> e.get("field").asString()).toList();
	}

}
