package org.healthcode.tracing;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.healthcode.support.ApiClient;
import org.healthcode.support.ApiClient.Response;
import org.healthcode.support.IntegrationTest;
import org.healthcode.support.PageSession;
import org.healthcode.support.People;
import org.healthcode.support.People.Resident;
import org.healthcode.support.TestClock;
import org.healthcode.support.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Only officials reach tracing: residents and venue managers get 403, anonymous callers
 * 401 or the staff login.
 */
@IntegrationTest
class TracingAuthorizationIntegrationTests {

	private static final Map<String, Object> QUERY = Map.of("idNumber", "370101190102039973", "from",
			"2025-01-01T00:00:00Z", "to", "2025-01-02T00:00:00Z", "venueId", 1, "personIds", List.of(1), "color",
			"YELLOW", "reason", "CLOSE_CONTACT");

	private static final List<String> API_POSTS = List.of("/api/v1/tracing/trajectory", "/api/v1/tracing/contacts",
			"/api/v1/tracing/contacts/export", "/api/v1/tracing/exposure", "/api/v1/tracing/markings");

	private static final List<String> API_GETS = List.of("/api/v1/tracing/jobs/1", "/api/v1/tracing/dashboard");

	private static final List<String> PAGE_GETS = List.of("/official/tracing", "/official/tracing/exposure",
			"/official/tracing/jobs/1", "/official/tracing/jobs/1/progress", "/official/dashboard");

	private static final List<String> PAGE_POSTS = List.of("/official/tracing", "/official/tracing/export",
			"/official/tracing/mark", "/official/tracing/exposure");

	@LocalServerPort
	int port;

	@Autowired
	TestClock clock;

	ApiClient api;

	@BeforeEach
	void setUp() {
		this.api = new ApiClient(this.port);
	}

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void residentsAndVenueManagersGetForbiddenOnEveryTracingEndpoint() {
		People people = new People(this.api);
		Resident manager = people.registeredResident("刘店长");
		people.venue(manager, "面馆");
		String resident = this.api.residentToken(TestData.phone());
		for (String token : List.of(resident, manager.token())) {
			for (String path : API_POSTS) {
				Response response = this.api.post(path, QUERY, token);
				assertThat(response.status()).as(path).isEqualTo(403);
				assertThat(response.problemCode()).isEqualTo("FORBIDDEN");
			}
			for (String path : API_GETS) {
				assertThat(this.api.get(path, token).status()).as(path).isEqualTo(403);
			}
		}
	}

	@Test
	void anonymousCallersAreUnauthenticated() {
		for (String path : API_POSTS) {
			assertThat(this.api.post(path, QUERY, null).status()).as(path).isEqualTo(401);
		}
		for (String path : API_GETS) {
			assertThat(this.api.get(path, null).status()).as(path).isEqualTo(401);
		}
		PageSession anonymous = new PageSession(this.port);
		for (String path : PAGE_GETS) {
			HttpResponse<String> response = anonymous.get(path);
			assertThat(response.statusCode()).as(path).isEqualTo(302);
			assertThat(response.headers().firstValue("Location").orElseThrow()).endsWith("/staff/login");
		}
	}

	@Test
	void residentsAndVenueManagersGetForbiddenOnEveryOfficialPage() {
		String managerPhone = TestData.phone();
		People people = new People(this.api);
		String managerToken = this.api.residentToken(managerPhone);
		String managerId = TestData.idNumber();
		this.api.put("/api/v1/me/profile", Map.of("name", "刘店长", "idNumber", managerId), managerToken)
			.expectStatus(200);
		people.venue(new Resident(managerToken, "刘店长", managerId), "茶馆");
		// a second code for the manager's phone, this time through the login page
		this.clock.advance(Duration.ofMinutes(2));
		for (String phone : List.of(TestData.phone(), managerPhone)) {
			PageSession session = new PageSession(this.port);
			session.loginResident(phone);
			for (String path : PAGE_GETS) {
				assertThat(session.get(path).statusCode()).as(path).isEqualTo(403);
			}
			for (String path : PAGE_POSTS) {
				assertThat(
						session.post("/", path, Map.of("idNumber", "370101190102039973", "personId", "1")).statusCode())
					.as(path)
					.isEqualTo(403);
			}
		}
	}

	@Test
	void officialsReachTheirPages() {
		PageSession official = new PageSession(this.port);
		official.post("/staff/login", "/staff/login",
				Map.of("username", "official", "password", TestData.OFFICIAL_PASSWORD));
		for (String path : List.of("/official/tracing", "/official/tracing/exposure", "/official/dashboard")) {
			assertThat(official.get(path).statusCode()).as(path).isEqualTo(200);
		}
		assertThat(official.get("/").body()).contains("/official/tracing").contains("/official/dashboard");
	}

}
