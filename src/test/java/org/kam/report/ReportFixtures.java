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
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.kam.account.UnifiedSocialCreditCode;
import org.kam.support.Api;
import org.kam.support.TestUsers;

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
		Map<String, List<String>> sheets = new java.util.LinkedHashMap<>();
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
			for (Sheet sheet : workbook.getSheets().toList()) {
				List<String> cells = new ArrayList<>();
				for (Row row : sheet.read()) {
					row.stream().filter(java.util.Objects::nonNull).forEach(cell -> cells.add(cell.getText()));
				}
				sheets.put(sheet.getName(), cells);
			}
		}
		return sheets;
	}

}
