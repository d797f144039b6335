package org.healthcode.web;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.healthcode.support.ApiClient;
import org.healthcode.support.ApiClient.Response;
import org.healthcode.support.IntegrationTest;
import org.healthcode.support.RawHttp;
import org.healthcode.support.RawHttp.Answer;
import org.healthcode.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the edge refuses before any feature sees it: bodies read past the size limit
 * whatever was declared, text PostgreSQL cannot store, broken language cookies, and the
 * container's own 400s on API paths — each a clean problem, never a 500.
 */
@IntegrationTest
class RequestEdgeIntegrationTests {

	private static final long OVER_LIMIT = 2 * 1024 * 1024 + 64 * 1024;

	@LocalServerPort
	int port;

	ApiClient api;

	RawHttp raw;

	@BeforeEach
	void setUp() {
		this.api = new ApiClient(this.port);
		this.raw = new RawHttp(this.port);
	}

	@Test
	void aChunkedJsonBodyIsCutOffOnceItPassesTheLimitEvenOnTheAnonymousOtpEndpoint() {
		Answer answer = this.raw.chunkedPost("/api/v1/auth/otp", "application/json", "", bytes("{\"phone\":\""),
				OVER_LIMIT, (byte) '1', bytes("\"}"));

		assertThat(answer.status()).isEqualTo(413);
		assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
		assertThat(code(answer)).isEqualTo("BODY_TOO_LARGE");
	}

	@Test
	void aSmallChunkedBodyIsReadAsUsual() {
		Answer answer = this.raw.chunkedPost("/api/v1/auth/otp", "application/json", "", bytes("{\"phone\":\""), 11,
				(byte) '1', bytes("\"}"));

		// read in full and validated: eleven ones are no mobile number
		assertThat(answer.status()).isEqualTo(400);
		assertThat(code(answer)).isEqualTo("PHONE_INVALID");
	}

	@Test
	void chunkedFormAndMultipartBodiesAreHeldToTheSameLimit() {
		Answer form = this.raw.chunkedPost("/staff/login", "application/x-www-form-urlencoded", "", bytes("username="),
				OVER_LIMIT, (byte) 'a', bytes("&password=x"));
		Answer multipart = this.raw.chunkedPost("/api/v1/auth/otp", "multipart/form-data; boundary=XX", "",
				bytes("--XX\r\nContent-Disposition: form-data; name=\"f\"; filename=\"f.bin\"\r\n\r\n"), OVER_LIMIT,
				(byte) 'a', bytes("\r\n--XX--\r\n"));

		assertThat(form.status()).isEqualTo(413);
		assertThat(code(form)).isEqualTo("BODY_TOO_LARGE");
		assertThat(multipart.status()).isEqualTo(413);
		assertThat(code(multipart)).isEqualTo("BODY_TOO_LARGE");
	}

	@Test
	void aNulCharacterAnywhereInJsonIsAProblemNotADatabaseError() {
		Response username = this.api.postRaw("/api/v1/auth/staff-token", "application/json",
				"{\"username\":\"off\\u0000icial\",\"password\":\"whatever-it-is\"}", null);
		Response displayName = this.api.post("/api/v1/admin/staff", Map.of("username", "nul" + System.nanoTime() % 1000,
				"password", "a-strong-password-1", "role", "OFFICIAL", "displayName", "疾控\u0000中心"),
				this.api.adminToken());
		Response loneSurrogate = this.api.postRaw("/api/v1/auth/staff-token", "application/json",
				"{\"username\":\"\\ud800official\",\"password\":\"whatever-it-is\"}", null);

		for (Response response : new Response[] { username, displayName, loneSurrogate }) {
			assertThat(response.status()).isEqualTo(400);
			assertThat(response.header("Content-Type")).startsWith("application/problem+json");
			assertThat(response.problemCode()).isEqualTo("TEXT_CHARACTER_INVALID");
		}
	}

	@Test
	void aNulCharacterInQueryOrFormParametersIsRefusedTheSameWay() {
		Response query = this.api.get("/api/v1/audit?action=A%00B", this.api.adminToken());
		Answer form = this.raw.chunkedPost("/staff/login", "application/x-www-form-urlencoded", "",
				bytes("username=off%00icial&password=x"), 0, (byte) 0, new byte[0]);

		assertThat(query.status()).isEqualTo(400);
		assertThat(query.problemCode()).isEqualTo("TEXT_CHARACTER_INVALID");
		assertThat(form.status()).isEqualTo(400);
		assertThat(code(form)).isEqualTo("TEXT_CHARACTER_INVALID");
	}

	@Test
	void anInvalidLanguageCookieIsIgnoredEverywhere() {
		for (String cookie : new String[] { "hc-lang=zz_$$", "hc-lang=en Mars/Phobos", "hc-lang=%%%", "hc-lang=fr",
				"hc-lang=" + "x".repeat(500) }) {
			Answer health = this.raw.send("GET /actuator/health HTTP/1.1\r\nHost: localhost\r\nCookie: " + cookie
					+ "\r\nConnection: close\r\n\r\n");
			Answer page = this.raw.send("GET /login HTTP/1.1\r\nHost: localhost\r\nAccept: text/html\r\nCookie: "
					+ cookie + "\r\nConnection: close\r\n\r\n");
			Answer api = this.raw.send("GET /api/v1/me/profile HTTP/1.1\r\nHost: localhost\r\nCookie: " + cookie
					+ "\r\nConnection: close\r\n\r\n");

			assertThat(health.status()).as(cookie).isEqualTo(200);
			assertThat(page.status()).as(cookie).isEqualTo(200);
			assertThat(page.body()).as(cookie).contains("lang=\"zh-CN\"");
			assertThat(api.status()).as(cookie).isEqualTo(401);
			assertThat(code(api)).isEqualTo("UNAUTHENTICATED");
		}
	}

	@Test
	void theContainersOwnBadRequestsOnApiPathsAreProblems() {
		String[] requests = { "GET /api/v1/keys%zz HTTP/1.1\r\nHost: localhost\r\n",
				"GET /api/v1/venues/%00 HTTP/1.1\r\nHost: localhost\r\n",
				"GET /api/v1/venues/1%2F2 HTTP/1.1\r\nHost: localhost\r\n",
				"GET /api/v1/keys{} HTTP/1.1\r\nHost: localhost\r\n",
				"GET /api/v1/keys HTTP/1.1\r\nHost: localhost\r\nBad Header: x\r\n", "GET /api/v1/keys HTTP/1.1\r\n",
				"GET /api/v1/keys HTTP/1.1\r\nHost: a\r\nHost: b\r\n",
				"POST /api/v1/auth/otp HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
						+ "Transfer-Encoding: chunked\r\n\r\nZZ\r\n{}\r\n0\r\n" };
		for (String request : requests) {
			Answer answer = this.raw.send(request + "Connection: close\r\n\r\n");

			assertThat(answer.status()).as(request).isEqualTo(400);
			assertThat(answer.header("Content-Type")).as(request).startsWith("application/problem+json");
			assertThat(code(answer)).as(request).isEqualTo("MALFORMED_REQUEST");
		}
	}

	@Test
	void idsInPathsAreAsciiDigitsOnly() {
		String official = this.api.officialToken();

		assertThat(this.api.get("/api/v1/tracing/jobs/987654321", official).problemCode())
			.isEqualTo("TRACING_JOB_NOT_FOUND");
		for (String id : new String[] { "%EF%BC%99%EF%BC%98%EF%BC%97", "0x10", "+5", "%D9%A5", "1e3",
				"99999999999999999999" }) {
			Response response = this.api.get("/api/v1/tracing/jobs/" + id, official);
			assertThat(response.status()).as(id).isEqualTo(400);
			assertThat(response.header("Content-Type")).startsWith("application/problem+json");
		}
	}

	@Test
	void numbersTypedIntoFiltersAreAsciiDigitsToo() {
		Response fullWidth = this.api.get("/api/v1/audit?actorAccountId=%EF%BC%91", this.api.adminToken());

		assertThat(fullWidth.status()).isEqualTo(400);
		assertThat(fullWidth.problemCode()).isEqualTo("AUDIT_FILTER_INVALID");
	}

	@Test
	void requestJsonIsNotCoercedIntoOtherTypes() {
		String resident = this.api.residentToken(TestData.phone());

		for (String body : new String[] { "{\"withMe\": 12345}", "{\"withMe\": \"true\"}", "{\"withMe\": 1.0}" }) {
			Response response = this.api.send(this.api.request("/api/v1/me/companions/1", resident)
				.header("Content-Type", "application/json")
				.method("PATCH", java.net.http.HttpRequest.BodyPublishers.ofString(body)));
			assertThat(response.status()).as(body).isEqualTo(400);
			assertThat(response.problemCode()).as(body).isEqualTo("MALFORMED_REQUEST");
		}
		Response numberForText = this.api.postRaw("/api/v1/auth/otp", "application/json", "{\"phone\": 13800138000}",
				null);
		assertThat(numberForText.problemCode()).isEqualTo("MALFORMED_REQUEST");
	}

	@Test
	void tokenSignaturesOfAnyLengthOrSpellingAreInvalidTokensNotErrors() {
		String resident = this.api.residentToken(TestData.phone());
		for (int length : new int[] { 81, 85, 89, 86 }) {
			String token = "djF8MTF8MQ.demo-key." + "A".repeat(length - 1) + "B";

			Response verify = this.api.post("/api/v1/verify", Map.of("token", token), null);
			Response checkIn = this.api.post("/api/v1/checkins", Map.of("venueToken", token), resident);

			assertThat(verify.status()).as("length " + length).isEqualTo(400);
			assertThat(verify.problemCode()).isEqualTo("HEALTH_TOKEN_INVALID");
			assertThat(checkIn.status()).as("length " + length).isBetween(400, 499);
			assertThat(checkIn.header("Content-Type")).startsWith("application/problem+json");
		}
	}

	@Test
	void pagesAndTheApiCarryReferrerAndPermissionsPolicies() {
		Response page = this.api.send(this.api.request("/login", null).GET());
		Response api = this.api.get("/api/v1/keys", null);

		for (Response response : new Response[] { page, api }) {
			assertThat(response.header("Referrer-Policy")).isEqualTo("same-origin");
			assertThat(response.header("Permissions-Policy")).contains("camera=(self)").contains("geolocation=()");
			// DEMO mode on plain http: no HSTS, no Secure cookies
			assertThat(response.header("Strict-Transport-Security")).isNull();
		}
	}

	@Test
	void redirectsArePathsWhateverTheHostHeaderSays() {
		Answer answer = this.raw
			.send("GET /me/profile HTTP/1.1\r\nHost: evil.example\r\nAccept: text/html\r\nConnection: close\r\n\r\n");

		assertThat(answer.status()).isEqualTo(302);
		assertThat(answer.header("Location")).isEqualTo("/login");
	}

	private static String code(Answer answer) {
		JsonNode json = JsonMapper.builder().build().readTree(answer.body());
		assertThat(json.has("code")).as(answer.body()).isTrue();
		return json.get("code").asString();
	}

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

}
