package org.kam.identity;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.kam.support.H2Test;
import org.kam.support.TestUsers;
import org.kam.web.SessionBrowser;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Redirects never carry the Host header a client sent ({@code Host: evil.example} must
 * not come back as {@code Location: http://evil.example/...}); after signing in the
 * browser goes back to exactly the address it asked for. Raw sockets, because Java's HTTP
 * client refuses to set Host.
 */
@H2Test
class RedirectsTests {

	private static final String EVIL = "evil.example";

	private static final Pattern CSRF_INPUT = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	@ParameterizedTest
	@ValueSource(strings = { "HTTP/1.1", "HTTP/1.0" })
	void aSignedOutPageRedirectsToTheLoginPageWhateverTheHost(String protocol) {
		for (String path : List.of("/", "/accounts?status=COOPERATING", "/admin/users", "/contracts")) {
			Raw answer = new RawClient(protocol).send("GET", path, null);

			assertThat(answer.status()).as(path + " " + answer).isEqualTo(302);
			assertThat(answer.location()).as(path).isEqualTo("/login");
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "HTTP/1.1", "HTTP/1.0" })
	void signingInSavingAFormAndSigningOutRedirectRelative(String protocol) {
		RawClient client = new RawClient(protocol);
		Raw asked = client.send("GET", "/admin/users?page=0&size=20", null);
		assertThat(asked.location()).isEqualTo("/login");

		Raw signedIn = client.signIn(TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD);
		assertThat(signedIn.status()).as(signedIn.toString()).isEqualTo(302);
		assertThat(signedIn.location()).as("back to exactly the page asked for")
			.isEqualTo("/admin/users?page=0&size=20");

		String csrf = client.send("GET", "/admin/users/new", null).csrf();
		String username = "redirect" + System.nanoTime();
		Raw created = client.send("POST", "/admin/users",
				form(csrf, "username", username, "displayName", "Redirect test", "password", TestUsers.PASSWORD,
						"roles", "ANALYST", "_roles", "on", "enabled", "true", "_enabled", "on"));
		assertThat(created.status()).as(created.toString()).isEqualTo(302);
		assertThat(created.location()).as("a controller's redirect:").isEqualTo("/admin/users");

		csrf = client.send("GET", "/admin/users", null).csrf();
		Raw signedOut = client.send("POST", "/logout", form(csrf));
		assertThat(signedOut.status()).as(signedOut.toString()).isEqualTo(302);
		assertThat(signedOut.location()).isEqualTo("/login?logout");
	}

	@Test
	void afterSigningInTheAddressIsExactlyTheOneAskedForWithoutAContinueParameter() {
		SessionBrowser browser = new SessionBrowser(port);
		String asked = "/accounts?status=COOPERATING&tier=A";
		assertThat(browser.get(asked).location()).isEqualTo("/login");

		SessionBrowser.Page signedIn = browser.tryLogin(TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD);

		assertThat(signedIn.status()).isEqualTo(302);
		assertThat(signedIn.header("Location")).isEqualTo(asked);
		assertThat(browser.get(asked).status()).isEqualTo(200);
	}

	private static String form(String csrf, String... nameValues) {
		StringJoiner body = new StringJoiner("&");
		for (int i = 0; i < nameValues.length; i += 2) {
			body.add(SessionBrowser.encode(nameValues[i]) + "=" + SessionBrowser.encode(nameValues[i + 1]));
		}
		body.add("_csrf=" + SessionBrowser.encode(csrf));
		return body.toString();
	}

	/** A client that sends Host: evil.example and keeps its cookies. */
	private final class RawClient {

		private final String protocol;

		private final Map<String, String> cookies = new LinkedHashMap<>();

		RawClient(String protocol) {
			this.protocol = protocol;
		}

		Raw signIn(String username, String password) {
			String csrf = send("GET", "/login", null).csrf();
			return send("POST", "/login", form(csrf, "username", username, "password", password));
		}

		Raw send(String method, String path, String body) {
			byte[] bytes = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
			StringBuilder request = new StringBuilder(method + " " + path + " " + protocol + "\r\n");
			request.append("Host: ").append(EVIL).append("\r\n");
			request.append("Accept: text/html\r\nConnection: close\r\n");
			if (!cookies.isEmpty()) {
				StringJoiner cookie = new StringJoiner("; ");
				cookies.forEach((name, value) -> cookie.add(name + "=" + value));
				request.append("Cookie: ").append(cookie).append("\r\n");
			}
			if (body != null) {
				request.append("Content-Type: application/x-www-form-urlencoded\r\n");
				request.append("Content-Length: ").append(bytes.length).append("\r\n");
			}
			request.append("\r\n");
			try (Socket socket = new Socket("localhost", port)) {
				OutputStream out = socket.getOutputStream();
				out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
				out.write(bytes);
				out.flush();
				Raw answer = Raw.parse(socket.getInputStream());
				for (String setCookie : answer.headers("set-cookie")) {
					String pair = setCookie.split(";", 2)[0];
					int equals = pair.indexOf('=');
					cookies.put(pair.substring(0, equals), pair.substring(equals + 1));
				}
				return answer;
			}
			catch (IOException e) {
				throw new IllegalStateException(e);
			}
		}

	}

	private record Raw(int status, Map<String, List<String>> headerMap, String body) {

		static Raw parse(InputStream in) throws IOException {
			ByteArrayOutputStream all = new ByteArrayOutputStream();
			in.transferTo(all);
			// one char per byte, so that chunk sizes (in bytes) are offsets; UTF-8 below
			String text = all.toString(StandardCharsets.ISO_8859_1);
			int end = text.indexOf("\r\n\r\n");
			String[] lines = text.substring(0, end).split("\r\n");
			Map<String, List<String>> headers = new LinkedHashMap<>();
			for (int i = 1; i < lines.length; i++) {
				int colon = lines[i].indexOf(':');
				headers.computeIfAbsent(lines[i].substring(0, colon).trim().toLowerCase(), k -> new ArrayList<>())
					.add(lines[i].substring(colon + 1).trim());
			}
			String body = text.substring(end + 4);
			if (headers.getOrDefault("transfer-encoding", List.of()).contains("chunked")) {
				body = dechunk(body);
			}
			return new Raw(Integer.parseInt(lines[0].split(" ")[1]), headers,
					new String(body.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8));
		}

		private static String dechunk(String chunked) {
			StringBuilder body = new StringBuilder();
			int at = 0;
			while (true) {
				int lineEnd = chunked.indexOf("\r\n", at);
				int size = Integer.parseInt(chunked.substring(at, lineEnd).split(";")[0].trim(), 16);
				if (size == 0) {
					return body.toString();
				}
				int start = lineEnd + 2;
				int stop = Math.min(chunked.length(), start + size);
				body.append(chunked, start, stop);
				at = stop + 2;
			}
		}

		List<String> headers(String name) {
			return headerMap.getOrDefault(name, List.of());
		}

		String location() {
			List<String> location = headers("location");
			assertThat(location).as("one Location").hasSize(1);
			assertThat(location.get(0)).as("Location").doesNotContainIgnoringCase(EVIL).startsWith("/");
			return location.get(0);
		}

		String csrf() {
			Matcher token = CSRF_INPUT.matcher(body);
			assertThat(token.find()).as("a _csrf input in " + this).isTrue();
			return token.group(1);
		}

		@Override
		public String toString() {
			return status + " " + headerMap + "\n" + body;
		}

	}

}
