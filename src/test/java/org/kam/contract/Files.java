package org.kam.contract;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Sample files by their real content, and a multipart upload as a browser or client sends
 * it.
 */
public final class Files {

	public static final byte[] PDF = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n"
		.getBytes(StandardCharsets.US_ASCII);

	public static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D',
			'R' };

	public static final byte[] JPEG = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F',
			0 };

	public static final byte[] TEXT = "合同备注：第三条付款条件已确认。\nPayment terms agreed.\n".getBytes(StandardCharsets.UTF_8);

	/** The start of a Windows program: "MZ", then binary. */
	public static final byte[] EXE = { 'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, (byte) 0xFF, (byte) 0xFF, 0,
			0 };

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	private Files() {
	}

	public static byte[] docx() {
		return zip(List.of("[Content_Types].xml", "_rels/.rels", "word/document.xml"));
	}

	public static byte[] xlsx() {
		return zip(List.of("[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/worksheets/sheet1.xml"));
	}

	/** A ZIP archive that is no Office document. */
	public static byte[] plainZip() {
		return zip(List.of("readme.txt", "setup.exe"));
	}

	static byte[] zip(List<String> names) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			for (String name : names) {
				zip.putNextEntry(new ZipEntry(name));
				zip.write(("<x>" + name + "</x>").getBytes(StandardCharsets.UTF_8));
				zip.closeEntry();
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return bytes.toByteArray();
	}

	/**
	 * A multipart/form-data body with one file field and optional plain fields (name,
	 * value, …).
	 */
	public static Multipart multipart(String field, String fileName, String contentType, byte[] content,
			String... nameValues) {
		String boundary = "----kam" + System.nanoTime();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		for (int i = 0; i < nameValues.length; i += 2) {
			write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + nameValues[i] + "\"\r\n\r\n"
					+ nameValues[i + 1] + "\r\n");
		}
		write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\""
				+ fileName + "\"\r\nContent-Type: " + contentType + "\r\n\r\n");
		body.writeBytes(content);
		write(body, "\r\n--" + boundary + "--\r\n");
		return new Multipart("multipart/form-data; boundary=" + boundary, body.toByteArray());
	}

	private static void write(ByteArrayOutputStream out, String text) {
		out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
	}

	public record Multipart(String contentType, byte[] body) {
	}

	/**
	 * Uploads with HTTP Basic (null credentials: anonymously); answers status and body.
	 */
	public static HttpResponse<byte[]> upload(int port, String path, String username, String password,
			Multipart multipart) {
		return upload(port, path, username, password, multipart, "en");
	}

	/** The same, asking for the answer in a language ({@code Accept-Language}). */
	public static HttpResponse<byte[]> upload(int port, String path, String username, String password,
			Multipart multipart, String language) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Accept", "application/json, application/problem+json")
			.header("Accept-Language", language)
			.header("Content-Type", multipart.contentType())
			.POST(HttpRequest.BodyPublishers.ofByteArray(multipart.body()));
		return send(request, username, password);
	}

	/** A GET with HTTP Basic that keeps the body as bytes (downloads). */
	public static HttpResponse<byte[]> download(int port, String path, String username, String password) {
		return send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET(), username, password);
	}

	private static HttpResponse<byte[]> send(HttpRequest.Builder request, String username, String password) {
		if (username != null) {
			request.header("Authorization", "Basic "
					+ Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8)));
		}
		try {
			return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

}
