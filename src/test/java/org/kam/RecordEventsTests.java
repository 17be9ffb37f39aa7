package org.kam;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kam.contract.Files;
import org.kam.shared.FieldChange;
import org.kam.shared.RecordChanged;
import org.kam.shared.RecordChanged.Type;
import org.kam.support.Api;
import org.kam.support.BothDatabases;
import org.kam.support.TestUsers;
import org.kam.web.SessionBrowser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.modulith.events.core.EventSerializer;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Every kind's writes announce themselves (docs/events.md): create, change and delete of
 * each kind through the API publish one {@link RecordChanged} with the kind, the id, the
 * account, the user, the time and the changed fields; the event survives the registry's
 * serialization; and a listener that fails leaves its publication incomplete in
 * {@code event_publication} until it is delivered again. Runs on H2 and on PostgreSQL.
 */
@BothDatabases
@Import(RecordEventsTests.Listeners.class)
class RecordEventsTests {

	@LocalServerPort
	int port;

	@Autowired
	Recorded recorded;

	@Autowired
	Flaky flaky;

	@Autowired
	ApplicationEventPublisher publisher;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	IncompleteEventPublications incomplete;

	@Autowired
	EventSerializer serializer;

	@Autowired
	JdbcClient jdbc;

	TestUsers.User user;

	String marker;

	long accountId;

	@BeforeEach
	void setUp() {
		user = new TestUsers(new Api(port)).create("ACCOUNT_MANAGER", "ANALYST");
		marker = "e" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
		accountId = created("/api/v1/accounts", Map.of("name", "Events Ltd " + marker, "tier", "B"));
	}

	@Test
	void accountsAnnounceCreateAndChange() {
		RecordChanged created = only("accounts", accountId, Type.CREATED);
		assertThat(created.accountId()).isEqualTo(accountId);
		assertThat(created.changes()).contains(new FieldChange("name", null, "Events Ltd " + marker),
				new FieldChange("tier", null, "B"));

		Map<String, Object> change = new HashMap<>(Map.of("name", "Events Ltd " + marker, "tier", "A"));
		change.put("version", 0);
		assertThat(user.api().put("/api/v1/accounts/" + accountId, change).status()).isEqualTo(200);
		assertThat(only("accounts", accountId, Type.CHANGED).changes())
			.containsExactly(new FieldChange("tier", "B", "A"));
	}

	@Test
	void contactsAnnounceTheirWrites() {
		writes("contacts", "/api/v1/accounts/" + accountId + "/contacts",
				new HashMap<>(Map.of("name", "王经理", "phone", "13800000000")), "phone", "13900000000");
	}

	@Test
	void communicationsAnnounceTheirWrites() {
		writes("communications", "/api/v1/accounts/" + accountId + "/communications",
				new HashMap<>(
						Map.of("channel", "MEETING", "occurredAt", "2026-03-02T10:30:00+08:00", "subject", "Kick-off")),
				"subject", "Follow-up");
	}

	@Test
	void contractsAnnounceTheirWrites() {
		writes("contracts", "/api/v1/accounts/" + accountId + "/contracts",
				new HashMap<>(Map.of("number", "HT-" + marker, "title", "Annual purchase")), "title", "Framework");
	}

	@Test
	void contractAttachmentsAnnounceUploadAndDelete() {
		String contracts = "/api/v1/accounts/" + accountId + "/contracts";
		long contract = created(contracts, Map.of("number", "HT-" + marker, "title", "With files"));
		String attachments = contracts + "/" + contract + "/attachments";
		HttpResponse<byte[]> upload = Files.upload(port, attachments, user.username(), TestUsers.PASSWORD,
				Files.multipart("file", "offer.pdf", "application/pdf", Files.PDF));
		assertThat(upload.statusCode()).isEqualTo(201);
		long id = attachmentId(upload);
		assertThat(only("contract-attachments", id, Type.CREATED).changes()).contains(
				new FieldChange("contractId", null, String.valueOf(contract)),
				new FieldChange("fileName", null, "offer.pdf"));
		assertThat(only("contract-attachments", id, Type.CREATED).changes()).extracting(FieldChange::field)
			.as("where the file lies is not a field")
			.doesNotContain("storageKey");
		assertThat(user.api().delete(attachments + "/" + id).status()).isEqualTo(204);
		assertThat(only("contract-attachments", id, Type.DELETED).changes())
			.contains(new FieldChange("fileName", "offer.pdf", null));
	}

	static long attachmentId(HttpResponse<byte[]> response) {
		return JsonMapper.builder().build().readTree(response.body()).get("id").asLong();
	}

	@Test
	void salesOrdersAnnounceTheirWrites() {
		Map<String, Object> line = Map.of("product", "Sensor", "quantity", 2, "unitPrice", "10.5");
		Map<String, Object> order = new HashMap<>(Map.of("orderNo", marker + "-1", "orderDate", "2026-03-14",
				"salespersonId", user.id(), "lines", List.of(line)));
		writes("sales", "/api/v1/accounts/" + accountId + "/sales", order, "orderNo", marker + "-2");
	}

	@Test
	void surveysAnnounceTheirWrites() {
		writes("surveys", "/api/v1/accounts/" + accountId + "/surveys",
				new HashMap<>(Map.of("surveyedOn", "2026-01-05", "productQuality", 4, "serviceAttitude", 4,
						"responseSpeed", 3, "overall", 4, "needs", "更多培训", "respondentName", "王经理")),
				"needs", "faster invoices");
	}

	@Test
	void surveyInvitationsAnnounceCreateRevokeAndAnswerWithoutTheirToken() throws Exception {
		String links = "/api/v1/accounts/" + accountId + "/surveys/invitations";
		long contact = created("/api/v1/accounts/" + accountId + "/contacts", Map.of("name", "Li Si " + marker));
		Api.Response revokedLink = user.api().post(links, Map.of("contactId", contact, "expiresInDays", 7));
		assertThat(revokedLink.status()).as(revokedLink.toString()).isEqualTo(201);
		long revokedId = revokedLink.id();
		RecordChanged created = only("survey-invitations", revokedId, Type.CREATED);
		assertThat(created.changes()).extracting(FieldChange::field).containsExactly("contactId", "expiresAt");
		assertThat(created.changes()).contains(new FieldChange("contactId", null, String.valueOf(contact)));
		assertThat(user.api().delete(links + "/" + revokedId).status()).isEqualTo(204);
		RecordChanged revoked = only("survey-invitations", revokedId, Type.CHANGED);
		assertThat(revoked.changes()).singleElement().satisfies(c -> {
			assertThat(c.field()).isEqualTo("revokedAt");
			assertThat(c.oldValue()).isNull();
			assertThat(c.newValue()).isNotNull();
		});
		assertThat(user.api().delete(links + "/" + revokedId).status()).isEqualTo(204);
		// revoking again changes nothing, so still one event
		only("survey-invitations", revokedId, Type.CHANGED);

		Api.Response answeredLink = user.api().post(links, Map.of("contactId", contact));
		assertThat(answeredLink.status()).as(answeredLink.toString()).isEqualTo(201);
		long answeredId = answeredLink.id();
		String path = answeredLink.json().get("url").asString().replaceFirst("^http://localhost:\\d+", "");
		SessionBrowser customer = new SessionBrowser(port);
		SessionBrowser.Page sent = customer.postForm(path, customer.get(path).csrf(), "productQuality", "4",
				"serviceAttitude", "5", "responseSpeed", "3", "overall", "4");
		assertThat(sent.status()).as(sent.toString()).isEqualTo(302);
		RecordChanged answered = only("survey-invitations", answeredId, Type.CHANGED, null);
		long surveyId = user.api()
			.get("/api/v1/accounts/" + accountId + "/surveys")
			.json()
			.get("items")
			.get(0)
			.get("id")
			.asLong();
		only("surveys", surveyId, Type.CREATED, null);
		assertThat(answered.changes()).extracting(FieldChange::field).containsExactly("usedAt", "surveyId");
		assertThat(answered.changes()).contains(new FieldChange("surveyId", null, String.valueOf(surveyId)));

		List<String> texts = recorded.events.stream()
			.filter(e -> e.is("survey-invitations"))
			.flatMap(e -> e.changes().stream())
			.flatMap(c -> Stream.of(c.field(), c.oldValue(), c.newValue()))
			.filter(Objects::nonNull)
			.toList();
		assertThat(texts).as("no field named after the token").noneMatch(t -> t.toLowerCase().contains("token"));
		for (Api.Response link : List.of(revokedLink, answeredLink)) {
			String token = link.json().get("url").asString().replaceFirst("^.*/s/", "");
			String hash = HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII)));
			assertThat(texts).as("neither the token nor its hash is a value")
				.noneMatch(t -> t.contains(token) || t.contains(hash));
		}
	}

	@Test
	void complaintsAnnounceTheirWrites() {
		writes("complaints", "/api/v1/accounts/" + accountId + "/complaints",
				new HashMap<>(Map.of("receivedAt", OffsetDateTime.now(ZoneOffset.UTC).minusHours(1).toString(),
						"channel", "PHONE", "category", "DELIVERY", "severity", "LOW", "description", "Late")),
				"description", "Late again");
	}

	@Test
	void servicePlansAnnounceTheirWrites() {
		writes("service-plans", "/api/v1/accounts/" + accountId + "/service-plans",
				new HashMap<>(Map.of("service", "Quarterly review", "method", "ON_SITE", "dueOn", "2026-12-01")),
				"service", "Half-year review");
	}

	@Test
	void developmentPlansAnnounceTheirWritesWithTheirMilestones() {
		Map<String, Object> plan = new HashMap<>(Map.of("title", "FY2026", "periodStart", "2026-01-01", "periodEnd",
				"2026-12-31", "stakeholders", List.of()));
		plan.put("milestones", List.of(Map.of("title", "Pilot", "dueOn", "2026-06-30", "status", "PLANNED")));
		RecordChanged changed = writes("development-plans", "/api/v1/accounts/" + accountId + "/development-plans",
				plan, "milestones", List.of(Map.of("title", "Pilot", "dueOn", "2026-06-30", "status", "DONE")));
		assertThat(changed.change("milestones").orElseThrow().newValue()).contains("Pilot").contains("DONE");
		assertThat(changed.change("progress")).as("derived from the milestones, and stored").isPresent();
	}

	@Test
	void marketReportsAnnounceTheirWritesWithoutAnAccount() {
		Map<String, Object> report = new HashMap<>(Map.of("title", "Cloud " + marker, "industry", "信息技术", "period",
				"2026-H1", "competitors", List.of(Map.of("name", "华为云", "share", 35.5))));
		long id = created("/api/v1/market-reports", report);
		RecordChanged created = only("market-reports", id, Type.CREATED);
		assertThat(created.accountId()).isNull();
		assertThat(created.change("competitors").orElseThrow().newValue()).contains("华为云");
		assertThat(user.api().delete("/api/v1/market-reports/" + id).status()).isEqualTo(204);
		assertThat(only("market-reports", id, Type.DELETED).changes())
			.contains(new FieldChange("title", "Cloud " + marker, null));
	}

	@Test
	void periodicReportsAnnounceEachNewVersion() {
		String reports = "/api/v1/accounts/" + accountId + "/reports";
		long id = created(reports, Map.of("period", "2026-Q1"));
		assertThat(only("reports", id, Type.CREATED).changes()).contains(new FieldChange("period", null, "2026-Q1"),
				new FieldChange("reportVersion", null, "1"));

		Map<String, Object> texts = new HashMap<>(Map.of("version", 1, "summary", "Steady quarter."));
		assertThat(user.api().put(reports + "/" + id, texts).status()).isEqualTo(200);
		assertThat(only("reports", id, Type.CHANGED).changes()).contains(new FieldChange("reportVersion", "1", "2"),
				new FieldChange("summary", null, "Steady quarter."));

		assertThat(user.api().delete(reports + "/" + id).status()).isEqualTo(204);
		assertThat(only("reports", id, Type.DELETED).accountId()).isEqualTo(accountId);
	}

	@Test
	void anEventReadsBackAsItWasStored() {
		assertThat(serializer.getClass().getPackageName()).as("Jackson 3, as Spring Boot 4 uses")
			.isEqualTo("org.springframework.modulith.events.jackson");
		RecordChanged created = only("accounts", accountId, Type.CREATED);
		Object stored = serializer.serialize(created);
		assertThat(serializer.deserialize(stored, RecordChanged.class)).isEqualTo(created);
	}

	@Test
	void aListenerThatFailsIsDeliveredAgain() {
		flaky.failing(true);
		transactions.executeWithoutResult(status -> publisher.publishEvent(new Unsteady(marker)));
		await().atMost(Duration.ofSeconds(20)).until(() -> "FAILED".equals(status(marker)));
		assertThat(flaky.delivered()).doesNotContain(marker);

		flaky.failing(false);
		incomplete.resubmitIncompletePublications(
				publication -> publication.getEvent() instanceof Unsteady u && u.marker().equals(marker));
		await().atMost(Duration.ofSeconds(20)).until(() -> flaky.delivered().contains(marker));
		await().atMost(Duration.ofSeconds(20))
			.alias("completed publications are deleted")
			.until(() -> status(marker) == null);
		assertThat(flaky.attempts()).isGreaterThanOrEqualTo(2);
	}

	/**
	 * Creates, changes one field of, and deletes a record; checks each event and answers
	 * the change.
	 */
	RecordChanged writes(String kind, String collection, Map<String, Object> body, String field, Object newValue) {
		long id = created(collection, body);
		RecordChanged created = only(kind, id, Type.CREATED);
		assertThat(created.changes()).as("every value of a new record").allSatisfy(c -> {
			assertThat(c.oldValue()).isNull();
			assertThat(c.newValue()).isNotNull();
		});
		String before = created.change(field).map(FieldChange::newValue).orElseThrow();

		Map<String, Object> change = new HashMap<>(body);
		change.put(field, newValue);
		change.put("version", 0);
		Api.Response changedResponse = user.api().put(collection + "/" + id, change);
		assertThat(changedResponse.status()).as(changedResponse.toString()).isEqualTo(200);
		RecordChanged changed = only(kind, id, Type.CHANGED);
		FieldChange fieldChange = changed.change(field).orElseThrow();
		assertThat(fieldChange.oldValue()).isEqualTo(before);
		assertThat(fieldChange.newValue()).isNotNull().isNotEqualTo(before);
		assertThat(changed.changes()).extracting(FieldChange::field)
			.as("bookkeeping is not a change")
			.doesNotContain("version", "updatedAt", "updatedBy", "id", "accountId");

		assertThat(user.api().delete(collection + "/" + id).status()).isEqualTo(204);
		RecordChanged deleted = only(kind, id, Type.DELETED);
		assertThat(deleted.changes()).as("the values it had")
			.contains(new FieldChange(field, fieldChange.newValue(), null));
		assertThat(deleted.changes()).allSatisfy(c -> assertThat(c.newValue()).isNull());
		return changed;
	}

	long created(String collection, Map<String, Object> body) {
		Api.Response response = user.api().post(collection, body);
		assertThat(response.status()).as(response.toString()).isEqualTo(201);
		return response.id();
	}

	RecordChanged only(String kind, long id, Type type) {
		return only(kind, id, type, user.id());
	}

	/** The one event of a write by {@code userId}, null for a customer's answer. */
	RecordChanged only(String kind, long id, Type type, Long userId) {
		List<RecordChanged> matching = recorded.events.stream()
			.filter(e -> e.is(kind) && e.id() == id && e.type() == type)
			.toList();
		assertThat(matching).as(kind + " " + id + " " + type).hasSize(1);
		RecordChanged event = matching.get(0);
		assertThat(event.userId()).isEqualTo(userId);
		assertThat(event.at()).isNotNull();
		if (!kind.equals("market-reports")) {
			assertThat(event.accountId()).isEqualTo(accountId);
		}
		return event;
	}

	String status(String marker) {
		return jdbc.sql("select status from event_publication where serialized_event like :marker")
			.param("marker", "%" + marker + "%")
			.query(String.class)
			.optional()
			.orElse(null);
	}

	/** A test event for the flaky listener. */
	record Unsteady(String marker) {
	}

	/** Every record event, as published. */
	static class Recorded {

		final List<RecordChanged> events = new CopyOnWriteArrayList<>();

		@EventListener
		void on(RecordChanged event) {
			events.add(event);
		}

	}

	/**
	 * A listener of another module that fails while told to (a proxy: asked through
	 * methods).
	 */
	static class Flaky {

		private final AtomicBoolean failing = new AtomicBoolean();

		private final AtomicInteger attempts = new AtomicInteger();

		private final List<String> delivered = new CopyOnWriteArrayList<>();

		void failing(boolean fail) {
			failing.set(fail);
		}

		int attempts() {
			return attempts.get();
		}

		List<String> delivered() {
			return delivered;
		}

		@ApplicationModuleListener
		void on(Unsteady event) {
			attempts.incrementAndGet();
			if (failing.get()) {
				throw new IllegalStateException("failing on purpose");
			}
			delivered.add(event.marker());
		}

	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Listeners {

		@Bean
		Recorded recorded() {
			return new Recorded();
		}

		@Bean
		Flaky flaky() {
			return new Flaky();
		}

	}

}
