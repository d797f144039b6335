package org.healthcode.checkin;

import java.time.Duration;
import java.util.Map;

import org.healthcode.support.ApiClient;
import org.healthcode.support.ApiClient.Response;
import org.healthcode.support.CardQr;
import org.healthcode.support.IntegrationTest;
import org.healthcode.support.People;
import org.healthcode.support.People.Resident;
import org.healthcode.support.TestClock;
import org.healthcode.support.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A venue's guard registers visitors at its gate: from the code a visitor shows, or from
 * ID number and name for someone without a phone; every bad request stores nothing.
 */
@IntegrationTest
class GateIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestClock clock;

	ApiClient api;

	People people;

	Resident manager;

	long venue;

	String guard;

	long guardAccount;

	@BeforeEach
	void setUp() {
		this.api = new ApiClient(this.port);
		this.people = new People(this.api);
		this.manager = this.people.registeredResident("门卫测试经理");
		this.venue = this.people.venue(this.manager, "门岗测试超市").get("id").asLong();
		String phone = TestData.phone();
		this.guardAccount = this.api
			.post("/api/v1/venues/" + this.venue + "/staff", Map.of("phone", phone), this.manager.token())
			.expectStatus(201)
			.json()
			.get("accountId")
			.asLong();
		this.guard = this.api.residentToken(phone);
	}

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void aShownHealthCodeIsRegisteredAsAGateEntryMadeByTheGuard() {
		Resident visitor = this.people.registeredResident("盛雅琴");

		JsonNode result = gate(Map.of("healthToken", healthToken(visitor))).expectStatus(201).json();

		assertThat(result.get("maskedName").asString()).isEqualTo("盛*琴");
		assertThat(result.get("color").asString()).isEqualTo("GREEN");
		assertThat(result.get("nat").get("state").asString()).isEqualTo("NONE");
		assertThat(result.get("vaccination").get("state").asString()).isEqualTo("NONE");
		assertThat(result.get("verdict").asString()).isEqualTo("PASS");
		assertThat(result.get("reasons")).isEmpty();
		assertThat(result.has("at")).isTrue();
		Map<String, Object> row = this.jdbc
			.sql("select channel, made_by_account, verdict from checkin where id = :id and venue_id = :venue")
			.param("id", result.get("id").asLong())
			.param("venue", this.venue)
			.query()
			.singleRow();
		assertThat(row).containsEntry("channel", "GATE")
			.containsEntry("made_by_account", this.guardAccount)
			.containsEntry("verdict", "PASS");
		// the visitor's trip record has it; the guard's does not
		assertThat(this.api.get("/api/v1/me/checkins", visitor.token()).expectStatus(200).json()).hasSize(1);
	}

	@Test
	void aVisitorWithoutAPhoneIsRegisteredByIdNumberAndTheirOwnName() {
		Resident family = this.people.registeredResident("盛立国");
		String idNumber = TestData.idNumber();
		this.people.companion(family, "盛老太", idNumber);
		this.api.put("/api/v1/venues/" + this.venue + "/entry-rule", Map.of("natWithinHours", 48), this.manager.token())
			.expectStatus(200);

		JsonNode result = gate(Map.of("idNumber", idNumber, "name", "盛老太")).expectStatus(201).json();

		assertThat(result.get("maskedName").asString()).isEqualTo("盛*太");
		assertThat(result.get("verdict").asString()).isEqualTo("RESTRICTED");
		assertThat(result.get("reasons").get(0).get("code").asString()).isEqualTo("NAT_MISSING");
		assertThat(result.get("reasons").get(0).get("message").asString()).isEqualTo("未持有48小时内核酸检测阴性证明，限制进入");
	}

	@Test
	void aWrongNameAndAnUnknownNumberGetTheSameAnswerAndNothingIsStored() {
		// a registered person has a name of their own to match
		Resident registered = this.people.registeredResident("盛雅琴");
		String idNumber = registered.idNumber();

		Response wrong = gate(Map.of("idNumber", idNumber, "name", "王老太"));
		Response unknown = gate(Map.of("idNumber", TestData.idNumber(), "name", "盛老太"));

		assertThat(wrong.status()).isEqualTo(400);
		assertThat(wrong.problemCode()).isEqualTo("GATE_IDENTITY_MISMATCH");
		assertThat(unknown.status()).isEqualTo(400);
		assertThat(unknown.problemCode()).isEqualTo("GATE_IDENTITY_MISMATCH");
		assertThat(wrong.text()).doesNotContain(idNumber);
		assertThat(entries()).isZero();
	}

	@Test
	void aCompanionsPrintedCardIsRegisteredAtTheGateAndAReprintRevokesTheOldCard() throws Exception {
		Resident grandson = this.people.registeredResident("王小明");
		JsonNode grandma = this.people.companion(grandson, "李秀英", TestData.idNumber());
		String path = "/api/v1/me/companions/" + grandma.get("id").asLong() + "/card.pdf";
		String first = CardQr.read(this.api.get(path, grandson.token()).expectStatus(200).body(), "gate-first");

		JsonNode result = gate(Map.of("cardToken", first)).expectStatus(201).json();

		assertThat(result.get("maskedName").asString()).isEqualTo("李*英");
		assertThat(result.get("verdict").asString()).isEqualTo("PASS");
		assertThat(this.jdbc.sql("select channel from checkin where venue_id = :venue")
			.param("venue", this.venue)
			.query(String.class)
			.single()).isEqualTo("GATE");
		String second = CardQr.read(this.api.get(path, grandson.token()).expectStatus(200).body(), "gate-second");
		this.clock.advance(Duration.ofMinutes(5));
		assertThat(gate(Map.of("cardToken", first)).expectStatus(410).problemCode()).isEqualTo("CARD_REVOKED");
		assertThat(entries()).isEqualTo(1);
		gate(Map.of("cardToken", second)).expectStatus(201);
		assertThat(entries()).isEqualTo(2);
	}

	@Test
	void anythingButExactlyOneKindOfVisitorIsRefused() {
		Resident visitor = this.people.registeredResident("盛雅琴");
		String token = healthToken(visitor);

		assertThat(gate(Map.of()).expectStatus(400).problemCode()).isEqualTo("GATE_REQUEST_INVALID");
		assertThat(gate(Map.of("healthToken", token, "idNumber", visitor.idNumber(), "name", visitor.name()))
			.expectStatus(400)
			.problemCode()).isEqualTo("GATE_REQUEST_INVALID");
		assertThat(gate(Map.of("cardToken", "c1.abc", "healthToken", token)).expectStatus(400).problemCode())
			.isEqualTo("GATE_REQUEST_INVALID");
		assertThat(gate(Map.of("cardToken", "c1.abc")).expectStatus(400).problemCode()).isEqualTo("CARD_TOKEN_INVALID");
		assertThat(gate(Map.of("idNumber", visitor.idNumber())).expectStatus(400).problemCode())
			.isEqualTo("GATE_REQUEST_INVALID");
		assertThat(gate(Map.of("healthToken", token.substring(0, token.length() - 2) + "xx")).expectStatus(400)
			.problemCode()).isEqualTo("HEALTH_TOKEN_INVALID");
		assertThat(entries()).isZero();
	}

	@Test
	void aHealthCodeShownAgainAfterItExpiredIsRefused() {
		Resident visitor = this.people.registeredResident("盛雅琴");
		String token = healthToken(visitor);
		this.clock.advance(Duration.ofMinutes(2));

		assertThat(gate(Map.of("healthToken", token)).expectStatus(400).problemCode())
			.isEqualTo("HEALTH_TOKEN_EXPIRED");
		assertThat(entries()).isZero();
	}

	@Test
	void onlyTheVenuesOwnStaffRegisterAtItsGate() {
		Resident visitor = this.people.registeredResident("盛雅琴");
		long otherVenue = this.people.venue(this.manager, "另一家超市").get("id").asLong();
		Resident stranger = this.people.registeredResident("温志成");
		Map<String, Object> body = Map.of("healthToken", healthToken(visitor));

		assertThat(this.api.post("/api/v1/venues/" + otherVenue + "/gate/checkins", body, this.guard)
			.expectStatus(404)
			.problemCode()).isEqualTo("VENUE_NOT_FOUND");
		assertThat(this.api.post("/api/v1/venues/" + this.venue + "/gate/checkins", body, stranger.token())
			.expectStatus(404)
			.problemCode()).isEqualTo("VENUE_NOT_FOUND");
		// the manager is not a guard unless named one
		assertThat(
				this.api.post("/api/v1/venues/" + this.venue + "/gate/checkins", body, this.manager.token()).status())
			.isEqualTo(404);
		assertThat(this.api.post("/api/v1/venues/" + this.venue + "/gate/checkins", body, this.api.officialToken())
			.status()).isEqualTo(403);
		assertThat(this.api.post("/api/v1/checkins", Map.of("venueToken", "x", "channel", "GATE"), visitor.token())
			.status()).isEqualTo(400);
		assertThat(entries()).isZero();
	}

	private Response gate(Map<String, Object> body) {
		return this.api.post("/api/v1/venues/" + this.venue + "/gate/checkins", body, this.guard);
	}

	private String healthToken(Resident resident) {
		return this.api.get("/api/v1/me/health-code", resident.token())
			.expectStatus(200)
			.json()
			.get("token")
			.asString();
	}

	private long entries() {
		return this.jdbc.sql("select count(*) from checkin where venue_id = :venue")
			.param("venue", this.venue)
			.query(Long.class)
			.single();
	}

}
