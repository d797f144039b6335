package org.healthcode.audit;

import java.net.http.HttpRequest;
import java.util.Map;

import org.healthcode.support.ApiClient;
import org.healthcode.support.ApiClient.Response;
import org.healthcode.support.IntegrationTest;
import org.healthcode.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Only administrators read the log, nobody changes it through the app, and bad filters
 * are clear 400s. (That the table itself refuses UPDATE, DELETE and TRUNCATE:
 * {@link AuditIntegrationTests}.)
 */
@IntegrationTest
class AuditAccessIntegrationTests {

	@LocalServerPort
	int port;

	ApiClient api;

	@BeforeEach
	void setUp() {
		this.api = new ApiClient(this.port);
	}

	@Test
	void onlyAdministratorsReadTheLog() {
		String resident = this.api.residentToken(TestData.phone());
		// a venue manager is a resident account that owns venues: the same role, the same
		// answer
		String manager = this.api.residentToken(TestData.phone());
		String official = this.api.officialToken();

		for (String token : new String[] { resident, manager, official }) {
			assertThat(this.api.get("/api/v1/audit", token).status()).isEqualTo(403);
			Response search = this.api.post("/api/v1/audit/search", Map.of(), token);
			assertThat(search.status()).isEqualTo(403);
			assertThat(search.problemCode()).isEqualTo("FORBIDDEN");
		}
		assertThat(this.api.get("/api/v1/audit", null).problemCode()).isEqualTo("UNAUTHENTICATED");
		assertThat(this.api.post("/api/v1/audit/search", Map.of(), null).status()).isEqualTo(401);
		String admin = this.api.adminToken();
		this.api.get("/api/v1/audit", admin).expectStatus(200);
		this.api.post("/api/v1/audit/search", Map.of(), admin).expectStatus(200);
		this.api.postRaw("/api/v1/audit/search", "application/json", "", admin).expectStatus(200);
	}

	@Test
	void thereIsNoWayToChangeOrDeleteEntries() {
		String admin = this.api.adminToken();
		long id = this.api.get("/api/v1/audit?size=1", admin).json().get("items").get(0).get("id").asLong();

		assertProblem(this.api.put("/api/v1/audit", Map.of("action", "X"), admin), 405);
		assertProblem(this.api.delete("/api/v1/audit", admin), 405);
		assertProblem(this.api.send(this.api.request("/api/v1/audit", admin)
			.header("Content-Type", "application/json")
			.method("PATCH", HttpRequest.BodyPublishers.ofString("{}"))), 405);
		assertProblem(this.api.send(this.api.request("/api/v1/audit/search", admin)
			.header("Content-Type", "application/json")
			.method("PATCH", HttpRequest.BodyPublishers.ofString("{}"))), 405);
		assertProblem(this.api.delete("/api/v1/audit/search", admin), 405);
		for (String method : new String[] { "PUT", "PATCH", "DELETE" }) {
			Response response = this.api.send(this.api.request("/api/v1/audit/" + id, admin)
				.header("Content-Type", "application/json")
				.method(method, HttpRequest.BodyPublishers.ofString("{}")));
			assertThat(response.status()).isIn(404, 405);
			assertThat(response.problemCode()).isIn("NOT_FOUND", "METHOD_NOT_ALLOWED");
		}
		// non-administrators are turned away before the method is even considered
		assertThat(this.api.delete("/api/v1/audit/" + id, this.api.officialToken()).status()).isEqualTo(403);
	}

	@ParameterizedTest
	@ValueSource(strings = { "from=yesterday", "to=2024-13-01", "from=2024-05-02&to=2024-05-01", "actorRole=KING",
			"actorAccountId=abc", "actorAccountId=0", "action=lower_case", "page=-1", "page=x", "size=0", "size=201",
			"from=2024-05-01T08:00:00" + "%2B25:00" })
	void badFiltersAreProblemsNotFailures(String query) {
		Response response = this.api.get("/api/v1/audit?" + query, this.api.adminToken());

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.problemCode()).isEqualTo("AUDIT_FILTER_INVALID");
	}

	@Test
	void badFiltersAreExplainedInChineseAndEnglish() {
		String admin = this.api.adminToken();
		Response chinese = this.api.get("/api/v1/audit?actorRole=KING", admin);
		Response english = this.api
			.send(this.api.request("/api/v1/audit?actorRole=KING", admin).header("Accept-Language", "en").GET());

		assertThat(chinese.json().get("detail").asString()).contains("操作人角色");
		assertThat(english.json().get("detail").asString()).contains("Actor role");
	}

	@Test
	void anIdNumberIsRefusedInTheUrlAndCheckedInTheBody() {
		String admin = this.api.adminToken();

		Response inUrl = this.api.get("/api/v1/audit?idNumber=" + TestData.idNumber(), admin);
		Response invalid = this.api.post("/api/v1/audit/search", Map.of("idNumber", "370102199001011234"), admin);
		Response wrongType = this.api.post("/api/v1/audit/search", Map.of("page", "first"), admin);

		assertThat(inUrl.status()).isEqualTo(400);
		assertThat(inUrl.problemCode()).isEqualTo("AUDIT_ID_NUMBER_IN_URL");
		assertThat(invalid.status()).isEqualTo(400);
		assertThat(invalid.problemCode()).isEqualTo("ID_NUMBER_INVALID");
		assertThat(wrongType.status()).isEqualTo(400);
		assertThat(this.api.post("/api/v1/audit/search", Map.of("size", 500), admin).problemCode())
			.isEqualTo("AUDIT_FILTER_INVALID");
	}

	private static void assertProblem(Response response, int status) {
		assertThat(response.status()).isEqualTo(status);
		assertThat(response.header("Content-Type")).startsWith("application/problem+json");
		assertThat(response.problemCode()).isEqualTo("METHOD_NOT_ALLOWED");
	}

}
