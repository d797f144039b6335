package org.healthcode.tracing;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import org.healthcode.support.ApiClient;
import org.healthcode.support.IntegrationTest;
import org.healthcode.support.People;
import org.healthcode.support.People.Resident;
import org.healthcode.support.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A designation and its withdrawal are audit entries of their own: who, which level,
 * which area and period as codes and ids; what the official typed only as the encrypted
 * note an administrator reads.
 */
@IntegrationTest
class RiskAreaAuditIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	TestClock clock;

	@Autowired
	JdbcClient jdbc;

	ApiClient api;

	People people;

	String official;

	RiskAreas riskAreas;

	@BeforeEach
	void setUp() {
		this.api = new ApiClient(this.port);
		this.people = new People(this.api);
		this.official = this.api.officialToken();
		this.riskAreas = new RiskAreas(this.api, this.official);
	}

	@Test
	void designationAndWithdrawalAreAuditedWithCodesAndTheirTextEncrypted() {
		Resident manager = this.people.registeredResident("韩立新");
		JsonNode venue = this.people.venue(manager, "审计测试茶馆");
		Resident visitor = this.people.registeredResident("邵雨桐");
		this.api.post("/api/v1/checkins", Map.of("venueToken", venue.get("token").asString()), visitor.token())
			.expectStatus(201);
		Instant now = this.clock.instant();
		Instant from = now.minus(Duration.ofHours(1));
		Instant to = now.plus(Duration.ofHours(6));
		long venueId = venue.get("id").asLong();
		String reason = "邵雨桐 同场所确诊 " + visitor.idNumber();

		long id = this.riskAreas
			.designate(Map.of("level", "HIGH", "venueIds", List.of(venueId), "from", from.toString(), "to",
					to.toString(), "reason", reason))
			.get("id")
			.asLong();
		this.riskAreas.awaitMarked(id);
		String note = "误判，撤销 " + visitor.idNumber();
		this.api.post("/api/v1/tracing/risk-areas/" + id + "/withdraw", Map.of("note", note), this.official)
			.expectStatus(200);

		JsonNode designated = entry("RISK_AREA_DESIGNATED", id);
		assertThat(designated.get("actorRole").asString()).isEqualTo("OFFICIAL");
		assertThat(designated.get("actorAccountId").isNull()).isFalse();
		assertThat(designated.get("reason").asString()).isEqualTo("RISK_AREA_HIGH");
		assertThat(designated.get("detail").asString())
			.isEqualTo("riskArea=" + id + " venues=" + venueId + " from=" + from + " to=" + to + " visitors=1");
		assertThat(designated.get("note").asString()).isEqualTo(reason);
		JsonNode withdrawn = entry("RISK_AREA_WITHDRAWN", id);
		assertThat(withdrawn.get("actorAccountId").asLong()).isEqualTo(designated.get("actorAccountId").asLong());
		assertThat(withdrawn.get("reason").asString()).isEqualTo("RISK_AREA_HIGH");
		assertThat(withdrawn.get("note").asString()).isEqualTo(note);

		List<Map<String, Object>> stored = this.jdbc.sql("""
				select person_id, reason, detail, note_cipher from audit_event
				where action in ('RISK_AREA_DESIGNATED', 'RISK_AREA_WITHDRAWN') and detail like :detail
				""").param("detail", "riskArea=" + id + "%").query().listOfRows();
		assertThat(stored).hasSize(2);
		for (Map<String, Object> row : stored) {
			assertThat(row.get("person_id")).isNull();
			assertThat((String) row.get("detail")).doesNotContain(visitor.idNumber()).doesNotContain("误判");
			String cipher = new String((byte[]) row.get("note_cipher"), StandardCharsets.ISO_8859_1);
			assertThat(cipher).doesNotContain(visitor.idNumber())
				.doesNotContain(new String("邵雨桐".getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1));
		}
	}

	@Test
	void aDivisionIsAuditedByItsCodeAndAWithdrawalWithoutANoteHasNone() {
		Instant now = this.clock.instant();
		long id = this.riskAreas
			.designate(Map.of("level", "MEDIUM", "divisionCode", "371600", "from",
					now.minus(Duration.ofHours(2)).toString(), "to", now.minus(Duration.ofHours(1)).toString(),
					"reason", "区域筛查"))
			.get("id")
			.asLong();
		this.riskAreas.awaitMarked(id);
		this.api.post("/api/v1/tracing/risk-areas/" + id + "/withdraw", Map.of(), this.official).expectStatus(200);

		JsonNode designated = entry("RISK_AREA_DESIGNATED", id);
		assertThat(designated.get("reason").asString()).isEqualTo("RISK_AREA_MEDIUM");
		assertThat(designated.get("detail").asString()).startsWith("riskArea=" + id + " division=371600 from=");
		JsonNode withdrawn = entry("RISK_AREA_WITHDRAWN", id);
		assertThat(withdrawn.get("detail").asString()).isEqualTo("riskArea=" + id);
		assertThat(withdrawn.get("note").isNull()).isTrue();
	}

	/** The administrator's view of the entry of one designation. */
	private JsonNode entry(String action, long riskAreaId) {
		JsonNode items = this.api.post("/api/v1/audit/search", Map.of("action", action), this.api.adminToken())
			.expectStatus(200)
			.json()
			.get("items");
		List<JsonNode> mine = StreamSupport.stream(items.spliterator(), false)
			.filter(item -> item.get("detail").asString().matches("riskArea=" + riskAreaId + "( .*)?"))
			.toList();
		assertThat(mine).hasSize(1);
		return mine.get(0);
	}

}
