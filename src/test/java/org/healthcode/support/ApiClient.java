package org.healthcode.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Talks to the running application over real HTTP, as a channel would: JSON in, status +
 * JSON (or bytes) out, optional bearer token. Also logs people in through the API.
 */
public final class ApiClient {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final String baseUrl;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	public ApiClient(int port) {
		this.baseUrl = "http://localhost:" + port;
	}

	public String baseUrl() {
		return this.baseUrl;
	}

	public Response get(String path, String token) {
		return send(request(path, token).GET());
	}

	public Response post(String path, Object body, String token) {
		return send(request(path, token).header("Content-Type", "application/json").POST(body(body)));
	}

	public Response put(String path, Object body, String token) {
		return send(request(path, token).header("Content-Type", "application/json").PUT(body(body)));
	}

	public Response delete(String path, String token) {
		return send(request(path, token).DELETE());
	}

	/**
	 * Sends a raw request body with the given content type, for malformed-input tests.
	 */
	public Response postRaw(String path, String contentType, String body, String token) {
		return send(request(path, token).header("Content-Type", contentType)
			.POST(HttpRequest.BodyPublishers.ofString(body)));
	}

	public Response send(HttpRequest.Builder builder) {
		try {
			HttpResponse<byte[]> response = this.http.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
			return new Response(response.statusCode(), response.body(), response.headers().map());
		}
		catch (IOException ex) {
			throw new IllegalStateException("HTTP request failed", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted", ex);
		}
	}

	public HttpRequest.Builder request(String path, String token) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(this.baseUrl + path))
			.timeout(Duration.ofSeconds(30));
		if (token != null) {
			builder.header("Authorization", "Bearer " + token);
		}
		return builder;
	}

	/**
	 * Logs a resident in through the SMS flow (reading the code from the demo outbox);
	 * returns the token.
	 */
	public String residentToken(String phone) {
		Response otp = post("/api/v1/auth/otp", Map.of("phone", phone), null);
		otp.expectStatus(202);
		String code = get("/api/v1/dev/sms-outbox?phone=" + phone, null).expectStatus(200)
			.json()
			.get("code")
			.asString();
		return post("/api/v1/auth/token", Map.of("phone", phone, "code", code), null).expectStatus(200)
			.json()
			.get("accessToken")
			.asString();
	}

	public String staffToken(String username, String password) {
		return post("/api/v1/auth/staff-token", Map.of("username", username, "password", password), null)
			.expectStatus(200)
			.json()
			.get("accessToken")
			.asString();
	}

	public String officialToken() {
		return staffToken("official", TestData.OFFICIAL_PASSWORD);
	}

	public String adminToken() {
		return staffToken("admin", TestData.ADMIN_PASSWORD);
	}

	private static HttpRequest.BodyPublisher body(Object body) {
		return HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body));
	}

	public record Response(int status, byte[] body, Map<String, java.util.List<String>> headers) {

		public JsonNode json() {
			return JSON.readTree(this.body);
		}

		public String text() {
			return new String(this.body, java.nio.charset.StandardCharsets.UTF_8);
		}

		public String header(String name) {
			return this.headers.entrySet()
				.stream()
				.filter(entry -> entry.getKey().equalsIgnoreCase(name))
				.map(entry -> entry.getValue().get(0))
				.findFirst()
				.orElse(null);
		}

		/**
		 * Fails with the body in the message (problems carry no personal data) when the
		 * status differs.
		 */
		public Response expectStatus(int expected) {
			if (this.status != expected) {
				throw new AssertionError("Expected HTTP " + expected + " but got " + this.status + ": " + text());
			}
			return this;
		}

		/** The stable problem code of an error response. */
		public String problemCode() {
			return json().get("code").asString();
		}

	}

}
