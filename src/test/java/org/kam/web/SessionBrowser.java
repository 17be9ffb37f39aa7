package org.kam.web;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A browser for page tests: keeps its cookies (the session, the language), follows no
 * redirects, sends no Authorization header and posts forms with the CSRF token it read
 * from the page it got before.
 */
public final class SessionBrowser {

	private static final Pattern CSRF_INPUT = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	private final int port;

	private final Map<String, String> cookies = new LinkedHashMap<>();

	public SessionBrowser(int port) {
		this.port = port;
	}

	/** Signs in through the login form and checks that it worked. */
	public SessionBrowser signIn(String username, String password) {
		Page login = tryLogin(username, password);
		assertThat(login.status()).as(login.toString()).isEqualTo(302);
		assertThat(login.location()).as("signed in").doesNotContain("/login");
		return this;
	}

	/**
	 * Posts the login form with a fresh token from the login page; returns the answer
	 * without judging it.
	 */
	public Page tryLogin(String username, String password) {
		Page page = get("/login");
		assertThat(page.status()).isEqualTo(200);
		return postForm("/login", page.csrf(), "username", username, "password", password);
	}

	public Page get(String path, String... headers) {
		return send("GET", path, null, headers);
	}

	/**
	 * A form POST: {@code nameValues} alternate names and values; {@code csrf} is added
	 * as _csrf unless null.
	 */
	public Page postForm(String path, String csrf, String... nameValues) {
		StringJoiner body = new StringJoiner("&");
		for (int i = 0; i < nameValues.length; i += 2) {
			body.add(encode(nameValues[i]) + "=" + encode(nameValues[i + 1]));
		}
		if (csrf != null) {
			body.add("_csrf=" + encode(csrf));
		}
		return send("POST", path, body.toString(), "Content-Type", "application/x-www-form-urlencoded");
	}

	public String cookie(String name) {
		return cookies.get(name);
	}

	public void setCookie(String name, String value) {
		cookies.put(name, value);
	}

	public Page send(String method, String path, String body, String... headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Accept", "text/html,application/xhtml+xml")
			.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
					: HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
		if (!cookies.isEmpty()) {
			StringJoiner cookie = new StringJoiner("; ");
			cookies.forEach((name, value) -> cookie.add(name + "=" + value));
			request.header("Cookie", cookie.toString());
		}
		if (headers.length > 0) {
			request.headers(headers);
		}
		try {
			HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
			for (String setCookie : response.headers().allValues("Set-Cookie")) {
				int equals = setCookie.indexOf('=');
				int end = setCookie.indexOf(';');
				String name = setCookie.substring(0, equals);
				String value = setCookie.substring(equals + 1, end < 0 ? setCookie.length() : end);
				if (value.isEmpty() || setCookie.toLowerCase().contains("max-age=0")) {
					cookies.remove(name);
				}
				else {
					cookies.put(name, value);
				}
			}
			return new Page(response);
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	public static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

	/** Text as Thymeleaf writes it into HTML, to look for a message in a page. */
	public static String html(String text) {
		return text.replace("&", "&amp;")
			.replace("<", "&lt;")
			.replace(">", "&gt;")
			.replace("\"", "&quot;")
			.replace("'", "&#39;");
	}

	/** One answer of the server. */
	public record Page(HttpResponse<String> raw) {

		public int status() {
			return raw.statusCode();
		}

		public String body() {
			return raw.body();
		}

		public String header(String name) {
			return raw.headers().firstValue(name).orElse(null);
		}

		public List<String> headers(String name) {
			return raw.headers().allValues(name);
		}

		/** The Set-Cookie header of the named cookie, or null. */
		public String setCookie(String name) {
			return headers("Set-Cookie").stream().filter(c -> c.startsWith(name + "=")).findFirst().orElse(null);
		}

		/**
		 * The redirect target as a path: the origin, if the server wrote one, is taken
		 * off.
		 */
		public String location() {
			String location = header("Location");
			if (location == null) {
				return null;
			}
			return location.replaceFirst("^https?://localhost:\\d+", "");
		}

		/** The first _csrf hidden input of the page. */
		public String csrf() {
			Matcher token = CSRF_INPUT.matcher(body());
			assertThat(token.find()).as("a _csrf input in " + body()).isTrue();
			return token.group(1);
		}

		/**
		 * The text with the HTML entities Thymeleaf writes turned back into characters.
		 */
		public String text() {
			return body().replace("&lt;", "<")
				.replace("&gt;", ">")
				.replace("&quot;", "\"")
				.replace("&#39;", "'")
				.replace("&#x27;", "'")
				.replace("&amp;", "&");
		}

		public List<String> all(Pattern pattern, int group) {
			List<String> found = new ArrayList<>();
			Matcher matcher = pattern.matcher(body());
			while (matcher.find()) {
				found.add(matcher.group(group));
			}
			return found;
		}

		@Override
		public String toString() {
			return raw.statusCode() + " " + raw.headers().map() + "\n" + raw.body();
		}

	}

}
