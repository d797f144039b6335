package org.healthcode.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import org.healthcode.identity.BlindIndex;
import org.healthcode.identity.IdNumber;
import org.healthcode.support.ApiClient;
import org.healthcode.support.ApiClient.Response;
import org.healthcode.support.DisplayZone;
import org.healthcode.support.IntegrationTest;
import org.healthcode.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Administrators find entries by person, time, actor and action; subjects come back
 * masked.
 */
@IntegrationTest
class AuditSearchIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	AuditService audit;

	@Autowired
	BlindIndex blindIndex;

	ApiClient api;

	String admin;

	@BeforeEach
	void setUp() {
		this.api = new ApiClient(this.port);
		this.admin = this.api.adminToken();
	}

	@Test
	void anAdminFindsAnOfficialsStatusChangeByIdNumberWithTheSubjectMasked() {
		String idNumber = TestData.idNumber();
		setStatus(idNumber, "张小三", "RED", "CONFIRMED");

		Response response = search(Map.of("idNumber", idNumber, "action", "HEALTH_STATUS_CHANGED")).expectStatus(200);

		JsonNode body = response.json();
		assertThat(body.get("total").asLong()).isEqualTo(1);
		assertThat(body.get("page").asInt()).isZero();
		assertThat(body.get("size").asInt()).isEqualTo(50);
		JsonNode item = body.get("items").get(0);
		assertThat(item.get("actorRole").asString()).isEqualTo("OFFICIAL");
		assertThat(item.get("actorName").asString()).isEqualTo("official");
		assertThat(item.get("action").asString()).isEqualTo("HEALTH_STATUS_CHANGED");
		assertThat(item.get("reason").asString()).isEqualTo("CONFIRMED");
		assertThat(item.get("detail").asString()).startsWith("GREEN->RED");
		assertThat(item.get("subject").get("maskedName").asString()).isEqualTo("张*三");
		assertThat(item.get("subject").get("maskedIdNumber").asString())
			.isEqualTo(idNumber.substring(0, 4) + "**********" + idNumber.substring(14));
		assertThat(response.text()).doesNotContain(idNumber).doesNotContain("张小三");
	}

	@Test
	void readingTheLogIsItselfRecordedWithTheAdminAndThePersonSearchedFor() {
		String idNumber = TestData.idNumber();
		setStatus(idNumber, null, "YELLOW", "CLOSE_CONTACT");
		search(Map.of("idNumber", idNumber)).expectStatus(200);

		JsonNode reads = search(Map.of("idNumber", idNumber, "action", "AUDIT_READ", "actorRole", "ADMIN"))
			.expectStatus(200)
			.json();

		// the first read is listed; the second one is recorded after its own query
		assertThat(reads.get("total").asLong()).isEqualTo(1);
		JsonNode read = reads.get("items").get(0);
		assertThat(read.get("actorName").asString()).isEqualTo("admin");
		assertThat(read.get("reason").asString()).isEqualTo("AUDIT_REVIEW");
		assertThat(read.get("detail").asString()).contains("subject=idNumber").doesNotContain(idNumber);
		assertThat(read.get("subject").get("maskedIdNumber").asString()).endsWith(idNumber.substring(14));
		assertThat(search(Map.of("idNumber", idNumber, "action", "AUDIT_READ")).json().get("total").asLong())
			.isEqualTo(2);
	}

	@Test
	void entriesKnownOnlyByTheBlindIndexAreFoundByIdNumber() {
		String idNumber = TestData.idNumber();
		byte[] index = this.blindIndex.of(IdNumber.parse(idNumber, LocalDate.now()));
		this.audit.record(Instant.now(), "OFFICIAL", 1L, "LOOKUP_WITHOUT_PERSON", null, index, "CONTACT_TRACING", null);

		JsonNode body = search(Map.of("idNumber", idNumber)).expectStatus(200).json();

		assertThat(body.get("total").asLong()).isEqualTo(1);
		JsonNode item = body.get("items").get(0);
		assertThat(item.get("action").asString()).isEqualTo("LOOKUP_WITHOUT_PERSON");
		assertThat(item.get("subject").get("maskedIdNumber").asString()).endsWith(idNumber.substring(14));
	}

	@Test
	void timeFiltersTakeInstantsInclusiveOrWholeDaysInShanghai() {
		String idNumber = TestData.idNumber();
		setStatus(idNumber, null, "RED", "CONFIRMED");
		Instant at = Instant
			.parse(search(Map.of("idNumber", idNumber)).json().get("items").get(0).get("at").asString());
		LocalDate day = LocalDate.ofInstant(at, DisplayZone.ZONE);

		assertThat(total(idNumber, Map.of("from", day.toString(), "to", day.toString()))).isEqualTo(1);
		assertThat(total(idNumber, Map.of("to", day.minusDays(1).toString()))).isZero();
		assertThat(total(idNumber, Map.of("from", day.plusDays(1).toString()))).isZero();
		assertThat(total(idNumber, Map.of("from", at.toString(), "to", at.toString()))).isEqualTo(1);
		assertThat(total(idNumber, Map.of("from", at.plus(1, ChronoUnit.MICROS).toString()))).isZero();
		assertThat(total(idNumber, Map.of("to", at.minus(1, ChronoUnit.MICROS).toString()))).isZero();
		assertThat(total(idNumber, Map.of("from", at.atZone(DisplayZone.ZONE).toOffsetDateTime().toString())))
			.isEqualTo(1);
	}

	@Test
	void pagesAreNewestFirstAndBounded() {
		String idNumber = TestData.idNumber();
		setStatus(idNumber, null, "YELLOW", "MANUAL");
		setStatus(idNumber, null, "RED", "CONFIRMED");
		setStatus(idNumber, null, "GREEN", "MANUAL");
		Map<String, Object> changes = Map.of("idNumber", idNumber, "action", "HEALTH_STATUS_CHANGED", "size", 2);

		JsonNode first = search(changes).expectStatus(200).json();
		JsonNode second = search(Map.of("idNumber", idNumber, "action", "HEALTH_STATUS_CHANGED", "size", 2, "page", 1))
			.json();

		assertThat(first.get("total").asLong()).isEqualTo(3);
		assertThat(first.get("items")).hasSize(2);
		assertThat(first.get("items").get(0).get("detail").asString()).startsWith("RED->GREEN");
		assertThat(first.get("items").get(1).get("detail").asString()).startsWith("YELLOW->RED");
		assertThat(second.get("items")).hasSize(1);
		assertThat(second.get("items").get(0).get("detail").asString()).startsWith("GREEN->YELLOW");
		assertThat(this.api.get("/api/v1/audit?action=HEALTH_STATUS_CHANGED&actorRole=OFFICIAL&size=200", this.admin)
			.expectStatus(200)
			.json()
			.get("items")).hasSizeBetween(3, 200);
	}

	private long total(String idNumber, Map<String, String> filters) {
		Map<String, Object> body = new java.util.HashMap<>(filters);
		body.put("idNumber", idNumber);
		body.put("action", "HEALTH_STATUS_CHANGED");
		return search(body).expectStatus(200).json().get("total").asLong();
	}

	private Response search(Map<String, ?> filter) {
		return this.api.post("/api/v1/audit/search", filter, this.admin);
	}

	private void setStatus(String idNumber, String name, String color, String reason) {
		Map<String, String> body = new java.util.HashMap<>(
				Map.of("idNumber", idNumber, "color", color, "reason", reason));
		if (name != null) {
			body.put("name", name);
		}
		this.api.put("/api/v1/health-status", body, this.api.officialToken()).expectStatus(200);
	}

}
