package org.kam.identity;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kam.support.Api;
import org.kam.support.H2Test;
import org.kam.support.TestUsers;
import org.kam.web.SessionBrowser;
import org.kam.web.SessionBrowser.Page;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** The users administration pages through real HTTP with a signed-in browser session. */
@H2Test
class UserAdminPagesTests {

	private static final Pattern VERSION = Pattern.compile("name=\"version\"[^>]*value=\"(\\d+)\"");

	private static final String NEW_PASSWORD = "a-brand-new-password";

	@LocalServerPort
	int port;

	Api api;

	TestUsers users;

	String marker;

	@BeforeEach
	void setUp() {
		api = new Api(port);
		users = new TestUsers(api);
		marker = "a" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
	}

	// --- the list ---

	@Test
	void anAdminSeesTheUsersWithTheirRolesAndStatus() {
		TestUsers.User analyst = users.create("ANALYST");

		Page list = listPageWith(signInAdmin(), analyst.username());

		assertThat(list.status()).isEqualTo(200);
		assertThat(list.body()).contains("<html")
			.contains("href=\"/admin/users/new\"")
			.contains("href=\"/admin/users/" + analyst.id() + "/edit\"")
			.contains("Analyst")
			.contains("Enabled")
			.containsPattern("Page 1 of \\d+");
	}

	@Test
	void displayNamesAreEscapedInTheList() {
		long id = users.admin()
			.post("/api/v1/users",
					Map.of("username", marker, "password", TestUsers.PASSWORD, "displayName",
							"<script>alert(1)</script>", "roles", List.of("ANALYST")))
			.id();

		Page list = listPageWith(signInAdmin(), marker);

		assertThat(list.body()).contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>alert(1)");
		assertThat(signInAdmin().get("/admin/users/" + id + "/edit").body())
			.contains("&lt;script&gt;alert(1)&lt;/script&gt;")
			.doesNotContain("<script>alert(1)");
	}

	@Test
	void thePagesSpeakChinese() {
		SessionBrowser admin = signInAdmin();
		admin.setCookie("kam-lang", "zh-CN");

		assertThat(admin.get("/admin/users").body()).contains("新建用户").contains("第 1 页");
		assertThat(admin.get("/admin/users/new").body()).contains("用户名").contains("角色").contains("管理员");
	}

	// --- creating ---

	@Test
	void anAdminCreatesAUserThroughTheForm() {
		SessionBrowser admin = signInAdmin();
		Page form = admin.get("/admin/users/new");
		assertThat(form.status()).isEqualTo(200);
		assertThat(form.body()).contains("<label class=\"form-label\" for=\"username\"")
			.contains("for=\"displayName\"")
			.contains("for=\"password\"");

		Page created = admin.postForm("/admin/users", form.csrf(), "username", marker, "displayName", "Form " + marker,
				"password", TestUsers.PASSWORD, "roles", "ANALYST", "roles", "COLLECTOR", "_roles", "on", "enabled",
				"true", "_enabled", "on");

		assertThat(created.status()).as(created.toString()).isEqualTo(302);
		assertThat(created.location()).isEqualTo("/admin/users");
		assertThat(admin.get("/admin/users").body()).as("the flash message").contains("User created.");
		JsonNode me = api.as(marker, TestUsers.PASSWORD).get("/api/v1/me").json();
		assertThat(me.get("displayName").asString()).isEqualTo("Form " + marker);
		assertThat(me.get("roles").toString()).contains("ANALYST").contains("COLLECTOR").doesNotContain("ADMIN");
		assertThat(listPageWith(admin, marker).body()).contains("Form " + marker);
	}

	@Test
	void anInvalidFormShowsEachMessageNextToItsFieldAndCreatesNothing() {
		SessionBrowser admin = signInAdmin();
		Page form = admin.get("/admin/users/new");

		Page invalid = admin.postForm("/admin/users", form.csrf(), "username", marker, "displayName", "  ", "password",
				"short", "roles", "ANALYST", "_roles", "on", "_enabled", "on");

		assertThat(invalid.status()).isEqualTo(200);
		assertThat(invalid.body()).contains("Please correct the highlighted fields.")
			.contains("id=\"displayName-error\"")
			.contains("aria-describedby=\"displayName-error\"")
			.contains("id=\"password-error\"")
			.contains("aria-describedby=\"password-hint password-error\"")
			.contains("must not be blank")
			.contains("must be 10 to 128 characters long")
			.doesNotContain("size must be between")
			.as("the password is not sent back")
			.doesNotContain("value=\"short\"");
		assertThat(invalid.body()).as("the username typed is kept").contains("value=\"" + marker + "\"");
		assertThat(api.as(marker, "short").get("/api/v1/me").status()).isEqualTo(401);
		assertThat(listPageWith(admin, marker)).as("nothing was created").isNull();
	}

	@Test
	void aTooShortPasswordIsExplainedInChineseWithTheProjectsOwnWords() {
		SessionBrowser admin = signInAdmin();
		admin.setCookie("kam-lang", "zh-CN");
		Page form = admin.get("/admin/users/new");

		Page invalid = admin.postForm("/admin/users", form.csrf(), "username", marker, "displayName", "短密码", "password",
				"short", "roles", "ANALYST", "_roles", "on", "_enabled", "on");

		assertThat(invalid.status()).isEqualTo(200);
		assertThat(invalid.text()).contains("长度必须为 10 到 128 个字符")
			.as("not Hibernate's own message")
			.doesNotContain("个数必须在");
	}

	@Test
	void aUserWithoutRolesOrWithATakenNameIsRefused() {
		TestUsers.User existing = users.create("ANALYST");
		SessionBrowser admin = signInAdmin();

		Page noRoles = admin.postForm("/admin/users", admin.get("/admin/users/new").csrf(), "username", marker,
				"displayName", "No roles", "password", TestUsers.PASSWORD, "_roles", "on", "_enabled", "on");
		Page taken = admin.postForm("/admin/users", admin.get("/admin/users/new").csrf(), "username",
				existing.username(), "displayName", "Taken", "password", TestUsers.PASSWORD, "roles", "ANALYST",
				"_roles", "on", "_enabled", "on");

		assertThat(noRoles.status()).isEqualTo(200);
		assertThat(noRoles.body()).contains("id=\"roles-error\"").contains("must not be empty");
		assertThat(taken.status()).isEqualTo(200);
		assertThat(taken.body()).contains("id=\"username-error\"").contains("is already taken");
		assertThat(api.as(marker, TestUsers.PASSWORD).get("/api/v1/me").status()).isEqualTo(401);
	}

	// --- editing ---

	@Test
	void disablingAUserStopsTheirSignIn() {
		TestUsers.User analyst = users.create("ANALYST");
		assertThat(analyst.api().get("/api/v1/me").status()).isEqualTo(200);
		SessionBrowser admin = signInAdmin();
		Page edit = admin.get("/admin/users/" + analyst.id() + "/edit");
		assertThat(edit.status()).isEqualTo(200);
		assertThat(edit.body()).contains("Test " + analyst.username()).contains("checked");

		Page saved = admin.postForm("/admin/users/" + analyst.id(), edit.csrf(), "displayName",
				"Test " + analyst.username(), "roles", "ANALYST", "_roles", "on", "_enabled", "on", "version",
				version(edit));

		assertThat(saved.status()).as(saved.toString()).isEqualTo(302);
		assertThat(saved.location()).isEqualTo("/admin/users");
		assertThat(analyst.api().get("/api/v1/me").status()).isEqualTo(401);
		assertThat(listPageWith(admin, analyst.username()).body()).contains("User saved.").contains("Disabled");
	}

	@Test
	void theFormTellsThatAUserIsThrottledAndSavingLiftsIt() {
		TestUsers.User analyst = users.create("ANALYST");
		for (int i = 0; i < 5; i++) {
			assertThat(api.as(analyst.username(), "wrong-password-" + i).get("/api/v1/me").status()).isEqualTo(401);
		}
		assertThat(analyst.api().get("/api/v1/me").status()).as("throttled from this address").isEqualTo(401);
		SessionBrowser admin = signInAdmin();
		Page edit = admin.get("/admin/users/" + analyst.id() + "/edit");
		assertThat(edit.text()).contains("After repeated failed sign-ins, attempts for this user")
			.contains("Saving the user lifts this now.");
		admin.setCookie("kam-lang", "zh-CN");
		assertThat(admin.get("/admin/users/" + analyst.id() + "/edit").text()).contains("保存该用户即可立即解除");

		Page saved = admin.postForm("/admin/users/" + analyst.id(), edit.csrf(), "displayName",
				"Test " + analyst.username(), "roles", "ANALYST", "_roles", "on", "enabled", "true", "_enabled", "on",
				"version", version(edit));

		assertThat(saved.status()).as(saved.toString()).isEqualTo(302);
		assertThat(analyst.api().get("/api/v1/me").status()).as("unlocked").isEqualTo(200);
		assertThat(admin.get("/admin/users/" + analyst.id() + "/edit").text()).doesNotContain("保存该用户即可立即解除");
	}

	@Test
	void anAdminResetsAPasswordAndChangesNameAndRoles() {
		TestUsers.User analyst = users.create("ANALYST");
		SessionBrowser admin = signInAdmin();
		Page edit = admin.get("/admin/users/" + analyst.id() + "/edit");

		Page saved = admin.postForm("/admin/users/" + analyst.id(), edit.csrf(), "username", "someone-else",
				"displayName", "Renamed " + marker, "password", NEW_PASSWORD, "roles", "ANALYST", "roles", "MANAGER",
				"_roles", "on", "enabled", "true", "_enabled", "on", "version", version(edit));

		assertThat(saved.status()).as(saved.toString()).isEqualTo(302);
		assertThat(analyst.api().get("/api/v1/me").status()).as("the old password").isEqualTo(401);
		JsonNode me = api.as(analyst.username(), NEW_PASSWORD).get("/api/v1/me").json();
		assertThat(me.get("username").asString()).as("the username cannot change").isEqualTo(analyst.username());
		assertThat(me.get("displayName").asString()).isEqualTo("Renamed " + marker);
		assertThat(me.get("roles").toString()).contains("ANALYST").contains("MANAGER");
	}

	@Test
	void anEmptyPasswordKeepsTheOldOne() {
		TestUsers.User analyst = users.create("ANALYST");
		SessionBrowser admin = signInAdmin();
		Page edit = admin.get("/admin/users/" + analyst.id() + "/edit");

		Page saved = admin.postForm("/admin/users/" + analyst.id(), edit.csrf(), "displayName", "Kept " + marker,
				"password", "", "roles", "ANALYST", "_roles", "on", "enabled", "true", "_enabled", "on", "version",
				version(edit));

		assertThat(saved.status()).as(saved.toString()).isEqualTo(302);
		assertThat(analyst.api().get("/api/v1/me").json().get("displayName").asString()).isEqualTo("Kept " + marker);
	}

	@Test
	void anAdminCannotDisableThemself() {
		long adminId = users.admin().get("/api/v1/me").id();
		SessionBrowser admin = signInAdmin();
		Page edit = admin.get("/admin/users/" + adminId + "/edit");

		Page refused = admin.postForm("/admin/users/" + adminId, edit.csrf(), "displayName",
				users.admin().get("/api/v1/me").json().get("displayName").asString(), "roles", "ADMIN", "_roles", "on",
				"_enabled", "on", "version", version(edit));

		assertThat(refused.status()).isEqualTo(200);
		assertThat(refused.body()).contains("id=\"enabled-error\"")
			.contains("you cannot disable yourself or remove your own administrator role");
		assertThat(users.admin().get("/api/v1/me").status()).isEqualTo(200);
	}

	@Test
	void aStaleEditShowsTheSavedValuesAndAWarning() {
		TestUsers.User analyst = users.create("ANALYST");
		SessionBrowser admin = signInAdmin();
		Page edit = admin.get("/admin/users/" + analyst.id() + "/edit");
		String readVersion = version(edit);
		Api.Response changed = users.admin()
			.put("/api/v1/users/" + analyst.id(), Map.of("username", analyst.username(), "displayName",
					"Theirs " + marker, "roles", List.of("ANALYST")));
		assertThat(changed.status()).as(changed.toString()).isEqualTo(200);

		Page stale = admin.postForm("/admin/users/" + analyst.id(), edit.csrf(), "displayName", "Mine " + marker,
				"roles", "ANALYST", "_roles", "on", "enabled", "true", "_enabled", "on", "version", readVersion);

		assertThat(stale.status()).isEqualTo(200);
		assertThat(stale.body()).contains("Someone changed this user while you were editing.")
			.contains("value=\"Theirs " + marker + "\"")
			.doesNotContain("Mine " + marker);
		assertThat(version(stale)).isEqualTo(String.valueOf(changed.version()));
		assertThat(analyst.api().get("/api/v1/me").json().get("displayName").asString()).isEqualTo("Theirs " + marker);
	}

	@Test
	void anUnknownUserIsNotFound() {
		assertThat(signInAdmin().get("/admin/users/999999999/edit").status()).isEqualTo(404);
	}

	// --- access ---

	@Test
	void otherRolesAreForbidden() {
		TestUsers.User manager = users.create("ACCOUNT_MANAGER");
		SessionBrowser browser = new SessionBrowser(port).signIn(manager.username(), TestUsers.PASSWORD);

		assertThat(browser.get("/admin/users").status()).isEqualTo(403);
		assertThat(browser.get("/admin/users/new").status()).isEqualTo(403);
		Page post = browser.postForm("/admin/users", browser.get("/").csrf(), "username", marker, "displayName",
				"Forged", "password", TestUsers.PASSWORD, "roles", "ADMIN", "_roles", "on", "_enabled", "on");
		assertThat(post.status()).isEqualTo(403);
		Page edit = browser.postForm("/admin/users/" + manager.id(), browser.get("/").csrf(), "displayName", "Forged",
				"roles", "ADMIN", "_roles", "on", "enabled", "true", "_enabled", "on");
		assertThat(edit.status()).isEqualTo(403);
		assertThat(api.as(marker, TestUsers.PASSWORD).get("/api/v1/me").status()).isEqualTo(401);
		assertThat(manager.api().get("/api/v1/me").json().get("roles").toString()).isEqualTo("[\"ACCOUNT_MANAGER\"]");
	}

	@Test
	void anonymousVisitorsAreSentToSignIn() {
		Page list = new SessionBrowser(port).get("/admin/users");

		assertThat(list.status()).isEqualTo(302);
		assertThat(list.location()).isEqualTo("/login");
	}

	@Test
	void aFormPostWithoutTheCsrfTokenIsRefused() {
		SessionBrowser admin = signInAdmin();

		Page post = admin.postForm("/admin/users", null, "username", marker, "displayName", "No token", "password",
				TestUsers.PASSWORD, "roles", "ANALYST", "_roles", "on", "_enabled", "on");

		assertThat(post.status()).isEqualTo(403);
		assertThat(api.as(marker, TestUsers.PASSWORD).get("/api/v1/me").status()).isEqualTo(401);
	}

	private SessionBrowser signInAdmin() {
		return new SessionBrowser(port).signIn(TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD);
	}

	/**
	 * The list page showing that username, or null: other tests add users, so it may not
	 * be on the first page.
	 */
	private static Page listPageWith(SessionBrowser browser, String username) {
		for (int page = 0; page < 100; page++) {
			Page list = browser.get("/admin/users?size=200&page=" + page);
			assertThat(list.status()).as(list.toString()).isEqualTo(200);
			if (list.body().contains(">" + username + "<")) {
				return list;
			}
			if (!list.body().contains("rel=\"next\"")) {
				return null;
			}
		}
		return null;
	}

	private static String version(Page page) {
		Matcher version = VERSION.matcher(page.body());
		assertThat(version.find()).as("a version input in " + page.body()).isTrue();
		return version.group(1);
	}

}
