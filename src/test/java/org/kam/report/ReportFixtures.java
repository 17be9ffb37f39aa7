package org.kam.report;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.kam.account.UnifiedSocialCreditCode;
import org.kam.support.Api;
import org.kam.support.TestUsers;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** Accounts, contacts and downloads for the report tests. */
public final class ReportFixtures {

	private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	private ReportFixtures() {
	}

	public static String validUscc() {
		StringBuilder first17 = new StringBuilder("91");
		for (int i = 0; i < 15; i++) {
			first17.append(ALPHABET.charAt(ThreadLocalRandom.current().nextInt(ALPHABET.length())));
		}
		return first17 + String.valueOf(UnifiedSocialCreditCode.checkCharacter(first17.toString()));
	}

	/** An account with a USCC, tier A, cooperating, owned by {@code owner}. */
	public static long account(TestUsers.User owner, String name, String uscc) {
		Map<String, Object> body = new HashMap<>(Map.of("name", name, "status", "COOPERATING", "tier", "A"));
		if (uscc != null) {
			body.put("uscc", uscc);
		}
		Api.Response created = owner.api().post("/api/v1/accounts", body);
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		return created.id();
	}

	public static void contact(TestUsers.User owner, long accountId, String name, String title, String role) {
		Api.Response created = owner.api()
			.post("/api/v1/accounts/" + accountId + "/contacts",
					Map.of("name", name, "title", title, "decisionRole", role, "email", "someone@example.com"));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
	}

	/** Generates the account's report for a period (in English) and answers its id. */
	public static long generate(TestUsers.User user, long accountId, String period) {
		Api.Response created = user.api()
			.send("POST", "/api/v1/accounts/" + accountId + "/reports?lang=en", Map.of("period", period));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		return created.id();
	}

	/** The report's latest version in a language ({@code en}, {@code zh-CN}). */
	public static JsonNode read(TestUsers.User user, long accountId, long reportId, String language) {
		Api.Response read = user.api()
			.get("/api/v1/accounts/" + accountId + "/reports/" + reportId + "?lang=" + language);
		assertThat(read.status()).as(read.toString()).isEqualTo(200);
		return read.json();
	}

	/** The section a source contributed, found by its key. */
	public static JsonNode section(JsonNode report, String key) {
		return report.get("sections")
			.valueStream()
			.filter(s -> key.equals(s.get("key").asString()))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no section " + key + " in " + report.get("sections")));
	}

	/** Each figure as {@code label: current / previous}. */
	public static List<String> figures(JsonNode section) {
		return section.get("figures")
			.valueStream()
			.map(f -> f.get("label").asString() + ": " + f.get("current").asString() + " / "
					+ f.get("previous").asString())
			.toList();
	}

	/** Each row as {@code label: value}. */
	public static List<String> rows(JsonNode section) {
		return section.get("rows")
			.valueStream()
			.map(r -> r.get("label").asString() + ": " + r.get("value").asString())
			.toList();
	}

	/** The table's column headings, or none. */
	public static List<String> columns(JsonNode section) {
		JsonNode table = section.get("table");
		return table == null || table.isNull() ? List.of()
				: table.get("columns").valueStream().map(JsonNode::asString).toList();
	}

	/** The table's rows, each a list of cells, or none. */
	public static List<List<String>> tableRows(JsonNode section) {
		JsonNode table = section.get("table");
		return table == null || table.isNull() ? List.of()
				: table.get("rows")
					.valueStream()
					.map(row -> row.valueStream().map(JsonNode::asString).toList())
					.toList();
	}

	/** The note, or {@code null}. */
	public static String note(JsonNode section) {
		JsonNode note = section.get("note");
		return note == null || note.isNull() ? null : note.asString();
	}

	/** The report's PDF text in a language, spaces removed (the extractor adds some). */
	public static String pdfText(int port, TestUsers.User user, long accountId, long reportId, String language)
			throws IOException {
		HttpResponse<byte[]> pdf = download(port, user.username(), TestUsers.PASSWORD,
				"/api/v1/accounts/" + accountId + "/reports/" + reportId + ".pdf?lang=" + language);
		assertThat(pdf.statusCode()).isEqualTo(200);
		return pdfText(pdf.body()).replace(" ", "");
	}

	/** A GET that keeps the body as bytes, signed in with HTTP Basic (or anonymous). */
	public static HttpResponse<byte[]> download(int port, String username, String password, String path) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
		if (username != null) {
			request.header("Authorization", "Basic "
					+ Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8)));
		}
		try {
			return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	/** The text of every page of a PDF, as a reader would copy it. */
	public static String pdfText(byte[] pdf) throws IOException {
		try (PdfReader reader = new PdfReader(pdf)) {
			PdfTextExtractor extractor = new PdfTextExtractor(reader);
			StringBuilder text = new StringBuilder();
			for (int page = 1; page <= reader.getNumberOfPages(); page++) {
				text.append(extractor.getTextFromPage(page)).append('\n');
			}
			return text.toString();
		}
	}

	/** Each sheet's name and its cells' texts, row by row. */
	public static Map<String, List<String>> xlsxCells(byte[] xlsx) throws IOException {
		Map<String, List<String>> sheets = new LinkedHashMap<>();
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
			for (Sheet sheet : workbook.getSheets().toList()) {
				List<String> cells = new ArrayList<>();
				for (Row row : sheet.read()) {
					row.stream().filter(Objects::nonNull).forEach(cell -> cells.add(cell.getText()));
				}
				sheets.put(sheet.getName(), cells);
			}
		}
		return sheets;
	}

}
