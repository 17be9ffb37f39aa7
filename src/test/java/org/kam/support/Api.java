package org.kam.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A real HTTP client for the running application: tests go through the servlet container,
 * the security filters and the JSON converters exactly as clients do.
 */
public final class Api {

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final int port;

	private final String authorization;

	public Api(int port) {
		this(port, null);
	}

	private Api(int port, String authorization) {
		this.port = port;
		this.authorization = authorization;
	}

	public Api as(String username, String password) {
		String token = Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
		return new Api(port, "Basic " + token);
	}

	public Api anonymous() {
		return new Api(port, null);
	}

	public Response get(String path) {
		return send("GET", path, null);
	}

	public Response post(String path, Object body) {
		return send("POST", path, body);
	}

	public Response put(String path, Object body) {
		return send("PUT", path, body);
	}

	public Response delete(String path) {
		return send("DELETE", path, null);
	}

	/**
	 * Sends a body as is: a String is sent verbatim (to test malformed JSON), anything
	 * else as JSON.
	 */
	public Response send(String method, String path, Object body) {
		String text = body == null ? null : body instanceof String s ? s : JSON.writeValueAsString(body);
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Accept", "application/json, application/problem+json")
			.method(method, text == null ? HttpRequest.BodyPublishers.noBody()
					: HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8));
		if (text != null) {
			request.header("Content-Type", "application/json");
		}
		if (authorization != null) {
			request.header("Authorization", authorization);
		}
		try {
			HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
			return new Response(response);
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	public record Response(HttpResponse<String> raw) {

		public int status() {
			return raw.statusCode();
		}

		public JsonNode json() {
			return raw.body().isEmpty() ? JSON.nullNode() : JSON.readTree(raw.body());
		}

		public String header(String name) {
			return raw.headers().firstValue(name).orElse(null);
		}

		public String contentType() {
			return header("Content-Type");
		}

		public long id() {
			return json().get("id").asLong();
		}

		public long version() {
			return json().get("version").asLong();
		}

		@Override
		public String toString() {
			return raw.statusCode() + " " + raw.body();
		}

	}

}
