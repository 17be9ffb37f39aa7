package org.kam.web;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.kam.support.H2Test;
import org.kam.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every API operation, taken from Spring's own handler mappings so that a new one is
 * covered without editing this test: a JSON write sent as multipart, with or without a
 * boundary, is a 400 or 415 problem+json (it was a 500); a read with a parameter it does
 * not know is a 400 naming it (it was silently ignored).
 */
@H2Test
class EveryApiOperationTests {

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	record Operation(RequestMethod method, String path) {
	}

	List<Operation> operations(Set<RequestMethod> methods, boolean withJsonBody) {
		Set<String> seen = new TreeSet<>();
		List<Operation> found = new ArrayList<>();
		for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mappings.getHandlerMethods().entrySet()) {
			boolean hasBody = Stream.of(entry.getValue().getMethodParameters())
				.anyMatch(p -> p.hasParameterAnnotation(RequestBody.class));
			if (withJsonBody && !hasBody) {
				continue;
			}
			for (String pattern : entry.getKey().getPatternValues()) {
				if (!pattern.startsWith("/api/")) {
					continue;
				}
				for (RequestMethod method : entry.getKey().getMethodsCondition().getMethods()) {
					String path = pattern.replaceAll("\\{[^}]+}", "1");
					if (methods.contains(method) && seen.add(method + " " + path)) {
						found.add(new Operation(method, path));
					}
				}
			}
		}
		assertThat(found).as("operations found").hasSizeGreaterThan(5);
		return found;
	}

	@TestFactory
	Stream<DynamicTest> jsonWritesSentAsMultipartAreRefusedNeverA500() {
		return operations(Set.of(RequestMethod.POST, RequestMethod.PUT, RequestMethod.PATCH), true).stream()
			.flatMap(op -> Stream.of(DynamicTest.dynamicTest(op + " without boundary", () -> {
				HttpResponse<String> response = send(op, "", "multipart/form-data", "x");
				assertThat(response.statusCode()).as(response.body()).isIn(400, 415);
				assertThat(response.headers().firstValue("Content-Type").orElse(""))
					.startsWith("application/problem+json");
			}), DynamicTest.dynamicTest(op + " with boundary", () -> {
				HttpResponse<String> response = send(op, "", "multipart/form-data; boundary=kam",
						"--kam\r\nContent-Disposition: form-data; name=\"name\"\r\n\r\nx\r\n--kam--\r\n");
				assertThat(response.statusCode()).as(response.body()).isIn(400, 415);
				assertThat(response.headers().firstValue("Content-Type").orElse(""))
					.startsWith("application/problem+json");
			})));
	}

	@TestFactory
	Stream<DynamicTest> readsRefuseAParameterTheyDoNotKnowByName() {
		return operations(Set.of(RequestMethod.GET), false).stream()
			.map(op -> DynamicTest.dynamicTest(op + "?bogus=1", () -> {
				HttpResponse<String> response = send(op, "?bogus=1", null, null);
				assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
				assertThat(response.headers().firstValue("Content-Type").orElse(""))
					.startsWith("application/problem+json");
				assertThat(response.body()).contains("\"field\":\"bogus\"");
			}));
	}

	HttpResponse<String> send(Operation op, String query, String contentType, String body) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + op.path() + query))
			.header("Accept", "application/json, application/problem+json")
			.header("Authorization", "Basic " + Base64.getEncoder()
				.encodeToString((TestUsers.ADMIN + ":" + TestUsers.ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8)))
			.method(op.method().name(),
					body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
		if (contentType != null) {
			request.header("Content-Type", contentType);
		}
		try {
			return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

}
