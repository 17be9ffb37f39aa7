package org.kam.contract;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kam.support.Api;
import org.kam.support.BothDatabases;
import org.kam.support.TestUsers;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A contract's attachments: accepted for what their bytes are, within the size limit,
 * downloaded only by those who may read the account. Runs on H2 and on PostgreSQL.
 */
@BothDatabases
class AttachmentApiTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final int TWENTY_MB = 20 * 1024 * 1024;

	@LocalServerPort
	int port;

	TestUsers users;

	TestUsers.User manager;

	long accountId;

	long contractId;

	@BeforeEach
	void setUp() {
		users = new TestUsers(new Api(port));
		manager = users.create("ACCOUNT_MANAGER");
		String marker = "f" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
		accountId = ContractApiTests.createAccount(manager, "Files Ltd " + marker);
		Api.Response contract = manager.api()
			.post(ContractApiTests.contracts(accountId), Map.of("number", "HT-" + marker, "title", "With files"));
		assertThat(contract.status()).as(contract.toString()).isEqualTo(201);
		contractId = contract.id();
	}

	String attachments() {
		return ContractApiTests.contracts(accountId) + "/" + contractId + "/attachments";
	}

	HttpResponse<byte[]> upload(TestUsers.User user, String fileName, String declaredType, byte[] content) {
		return Files.upload(port, attachments(), user == null ? null : user.username(), TestUsers.PASSWORD,
				Files.multipart("file", fileName, declaredType, content));
	}

	static JsonNode json(HttpResponse<byte[]> response) {
		return JSON.readTree(new String(response.body(), StandardCharsets.UTF_8));
	}

	static String text(HttpResponse<byte[]> response) {
		return new String(response.body(), StandardCharsets.UTF_8);
	}

	static String contentType(HttpResponse<byte[]> response) {
		return response.headers().firstValue("Content-Type").orElse("");
	}

	long uploaded(String fileName, String declaredType, byte[] content) {
		HttpResponse<byte[]> response = upload(manager, fileName, declaredType, content);
		assertThat(response.statusCode()).as(text(response)).isEqualTo(201);
		return json(response).get("id").asLong();
	}

	@Test
	void acceptsEveryAllowedKindRecognisedFromItsBytes() {
		Map<String, byte[]> files = Map.of("offer.pdf", Files.PDF, "stamp.png", Files.PNG, "scan.jpg", Files.JPEG,
				"contract.docx", Files.docx(), "prices.xlsx", Files.xlsx(), "notes.txt", Files.TEXT);
		Map<String, String> expected = Map.of("offer.pdf", "application/pdf", "stamp.png", "image/png", "scan.jpg",
				"image/jpeg", "contract.docx",
				"application/vnd.openxmlformats-officedocument.wordprocessingml.document", "prices.xlsx",
				"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "notes.txt",
				"text/plain;charset=UTF-8");

		files.forEach((name, content) -> {
			HttpResponse<byte[]> response = upload(manager, name, "application/octet-stream", content);
			assertThat(response.statusCode()).as(name + ": " + text(response)).isEqualTo(201);
			JsonNode json = json(response);
			assertThat(response.headers().firstValue("Location"))
				.contains(attachments() + "/" + json.get("id").asLong());
			assertThat(json.get("fileName").asString()).isEqualTo(name);
			assertThat(json.get("contentType").asString()).isEqualTo(expected.get(name));
			assertThat(json.get("size").asLong()).isEqualTo(content.length);
			assertThat(json.has("storageKey")).as("the storage key stays inside").isFalse();
		});

		JsonNode list = json(Files.download(port, attachments(), manager.username(), TestUsers.PASSWORD));
		assertThat(list.get("total").asLong()).isEqualTo(6);
	}

	@Test
	void theDeclaredTypeAndTheNameAreNotTrusted() {
		HttpResponse<byte[]> exe = upload(manager, "contract.pdf", "application/pdf", Files.EXE);
		assertThat(exe.statusCode()).isEqualTo(400);
		assertThat(contentType(exe)).startsWith("application/problem+json");
		assertThat(json(exe).get("errors").get(0).get("field").asString()).isEqualTo("file");

		HttpResponse<byte[]> zip = upload(manager, "contract.docx",
				"application/vnd.openxmlformats-officedocument.wordprocessingml.document", Files.plainZip());
		assertThat(zip.statusCode()).as("a ZIP that is no Office document").isEqualTo(400);

		byte[] latin1 = "Montant: 1 000 \u20ac, r\u00e9sum\u00e9".getBytes(StandardCharsets.ISO_8859_1);
		assertThat(upload(manager, "notes.txt", "text/plain", latin1).statusCode()).as("text that is not UTF-8")
			.isEqualTo(400);

		HttpResponse<byte[]> png = upload(manager, "photo.pdf", "application/pdf", Files.PNG);
		assertThat(png.statusCode()).as("an accepted kind under the name of another").isEqualTo(400);
		assertThat(json(png).get("errors").get(0).get("field").asString()).isEqualTo("file");

		JsonNode list = json(Files.download(port, attachments(), manager.username(), TestUsers.PASSWORD));
		assertThat(list.get("total").asLong()).isZero();
	}

	@Test
	void aFileWhoseContentDoesNotMatchItsExtensionIsRefusedInTheUsersLanguage() {
		HttpResponse<byte[]> english = Files.upload(port, attachments(), manager.username(), TestUsers.PASSWORD,
				Files.multipart("file", "contract.pdf", "application/pdf", Files.TEXT), "en");
		assertThat(english.statusCode()).as(text(english)).isEqualTo(400);
		assertThat(contentType(english)).startsWith("application/problem+json");
		JsonNode error = json(english).get("errors").get(0);
		assertThat(error.get("field").asString()).isEqualTo("file");
		assertThat(error.get("message").asString())
			.isEqualTo("is a TEXT file but its name ends in .pdf; rename it to .txt or choose the right file");

		HttpResponse<byte[]> chinese = Files.upload(port, attachments(), manager.username(), TestUsers.PASSWORD,
				Files.multipart("file", "报价.XLSX", "application/octet-stream", Files.PDF), "zh-CN");
		assertThat(chinese.statusCode()).as(text(chinese)).isEqualTo(400);
		assertThat(json(chinese).get("errors").get(0).get("message").asString())
			.isEqualTo("文件内容是 PDF，但文件名以 .xlsx 结尾；请改名为 .pdf 或选择正确的文件");

		JsonNode list = json(Files.download(port, attachments(), manager.username(), TestUsers.PASSWORD));
		assertThat(list.get("total").asLong()).as("nothing kept").isZero();

		assertThat(upload(manager, "SCAN.JPEG", "image/jpeg", Files.JPEG).statusCode()).as("any case, any usual name")
			.isEqualTo(201);
		assertThat(upload(manager, "prices.csv", "text/csv", Files.TEXT).statusCode()).isEqualTo(201);
		HttpResponse<byte[]> unnamed = upload(manager, "README", "text/plain", Files.TEXT);
		assertThat(unnamed.statusCode()).as("no extension: nothing to contradict").isEqualTo(201);
		assertThat(json(unnamed).get("contentType").asString()).isEqualTo("text/plain;charset=UTF-8");
	}

	@Test
	void anEmptyOrMissingFileIsABadRequest() {
		HttpResponse<byte[]> empty = upload(manager, "empty.pdf", "application/pdf", new byte[0]);
		assertThat(empty.statusCode()).isEqualTo(400);
		assertThat(json(empty).get("errors").get(0).get("field").asString()).isEqualTo("file");

		HttpResponse<byte[]> otherField = Files.upload(port, attachments(), manager.username(), TestUsers.PASSWORD,
				Files.multipart("document", "offer.pdf", "application/pdf", Files.PDF));
		assertThat(otherField.statusCode()).isEqualTo(400);
		assertThat(contentType(otherField)).startsWith("application/problem+json");
	}

	@Test
	void aFileOverTheLimitIsRefusedWith413() {
		byte[] big = new byte[TWENTY_MB + 1];
		System.arraycopy(Files.PDF, 0, big, 0, Files.PDF.length);

		HttpResponse<byte[]> response = upload(manager, "big.pdf", "application/pdf", big);

		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(contentType(response)).startsWith("application/problem+json");
		assertThat(json(response).get("errors").get(0).get("field").asString()).isEqualTo("file");
		assertThat(
				json(Files.download(port, attachments(), manager.username(), TestUsers.PASSWORD)).get("total").asLong())
			.isZero();

		byte[] limit = Arrays.copyOf(big, TWENTY_MB);
		assertThat(upload(manager, "limit.pdf", "application/pdf", limit).statusCode()).as("exactly the limit")
			.isEqualTo(201);
	}

	@Test
	void aRequestOverTheMultipartLimitIsAlsoA413Problem() {
		// just over the limit: Tomcat swallows the rest of the body and the answer
		// arrives whole
		byte[] huge = new byte[25 * 1024 * 1024 + 512 * 1024];
		System.arraycopy(Files.PDF, 0, huge, 0, Files.PDF.length);

		HttpResponse<byte[]> response = upload(manager, "huge.pdf", "application/pdf", huge);

		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(contentType(response)).startsWith("application/problem+json");
	}

	@Test
	void aDownloadIsTheSameBytesAsAnAttachmentThatIsNeverSniffed() {
		long id = uploaded("Angebot 合同.pdf", "application/pdf", Files.PDF);

		HttpResponse<byte[]> download = Files.download(port, attachments() + "/" + id, manager.username(),
				TestUsers.PASSWORD);

		assertThat(download.statusCode()).isEqualTo(200);
		assertThat(download.body()).isEqualTo(Files.PDF);
		assertThat(contentType(download)).isEqualTo("application/pdf");
		assertThat(download.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
		assertThat(download.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment;")
			.contains("filename*=UTF-8''Angebot%20%E5%90%88%E5%90%8C.pdf");
	}

	@Test
	void aPathInTheFileNameIsDropped() {
		long id = uploaded("../../etc/passwd.txt", "text/plain", Files.TEXT);

		JsonNode list = json(Files.download(port, attachments(), manager.username(), TestUsers.PASSWORD));
		assertThat(list.get("items").get(0).get("id").asLong()).isEqualTo(id);
		assertThat(list.get("items").get(0).get("fileName").asString()).isEqualTo("passwd.txt");
	}

	@Test
	void readersDownloadEditorsUploadOthersNeither() {
		long id = uploaded("offer.pdf", "application/pdf", Files.PDF);
		TestUsers.User analyst = users.create("ANALYST");
		TestUsers.User colleague = users.create("ACCOUNT_MANAGER");
		String one = attachments() + "/" + id;

		assertThat(Files.download(port, one, analyst.username(), TestUsers.PASSWORD).statusCode()).isEqualTo(200);
		assertThat(Files.download(port, attachments(), analyst.username(), TestUsers.PASSWORD).statusCode())
			.isEqualTo(200);
		HttpResponse<byte[]> analystUpload = upload(analyst, "mine.pdf", "application/pdf", Files.PDF);
		assertThat(analystUpload.statusCode()).isEqualTo(403);
		assertThat(contentType(analystUpload)).startsWith("application/problem+json");
		assertThat(analyst.api().delete(one).status()).isEqualTo(403);

		HttpResponse<byte[]> foreign = Files.download(port, one, colleague.username(), TestUsers.PASSWORD);
		assertThat(foreign.statusCode()).isEqualTo(403);
		assertThat(text(foreign)).doesNotContain("%PDF");
		assertThat(Files.download(port, attachments(), colleague.username(), TestUsers.PASSWORD).statusCode())
			.isEqualTo(403);
		assertThat(upload(colleague, "intruder.pdf", "application/pdf", Files.PDF).statusCode()).isEqualTo(403);
		assertThat(colleague.api().delete(one).status()).isEqualTo(403);

		assertThat(Files.download(port, one, null, null).statusCode()).isEqualTo(401);
		assertThat(upload(null, "anon.pdf", "application/pdf", Files.PDF).statusCode()).isEqualTo(401);
	}

	@Test
	void aDeletedAttachmentCannotBeDownloaded() {
		long id = uploaded("offer.pdf", "application/pdf", Files.PDF);
		String one = attachments() + "/" + id;

		assertThat(manager.api().delete(one).status()).isEqualTo(204);

		HttpResponse<byte[]> gone = Files.download(port, one, manager.username(), TestUsers.PASSWORD);
		assertThat(gone.statusCode()).isEqualTo(404);
		assertThat(contentType(gone)).startsWith("application/problem+json");
		assertThat(manager.api().delete(one).status()).isEqualTo(404);
		assertThat(
				json(Files.download(port, attachments(), manager.username(), TestUsers.PASSWORD)).get("total").asLong())
			.isZero();
	}

	@Test
	void attachmentsOfADeletedOrUnknownContractAreNotFound() {
		long id = uploaded("offer.pdf", "application/pdf", Files.PDF);
		String one = attachments() + "/" + id;
		assertThat(manager.api().delete(ContractApiTests.contracts(accountId) + "/" + contractId).status())
			.isEqualTo(204);

		assertThat(Files.download(port, one, manager.username(), TestUsers.PASSWORD).statusCode()).isEqualTo(404);
		assertThat(upload(manager, "late.pdf", "application/pdf", Files.PDF).statusCode()).isEqualTo(404);
		String unknown = ContractApiTests.contracts(accountId) + "/987654321/attachments";
		assertThat(Files.download(port, unknown, manager.username(), TestUsers.PASSWORD).statusCode()).isEqualTo(404);
	}

}
