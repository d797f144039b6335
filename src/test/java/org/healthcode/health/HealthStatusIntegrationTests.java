package org.healthcode.health;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.healthcode.audit.AuditEntry;
import org.healthcode.audit.AuditService;
import org.healthcode.identity.IdNumber;
import org.healthcode.person.PersonId;
import org.healthcode.person.PersonService;
import org.healthcode.support.ApiClient;
import org.healthcode.support.ApiClient.Response;
import org.healthcode.support.IntegrationTest;
import org.healthcode.support.TestClock;
import org.healthcode.support.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class HealthStatusIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	TestClock clock;

	@Autowired
	HealthService health;

	@Autowired
	PersonService persons;

	@Autowired
	StatusExpiryJob expiryJob;

	@Autowired
	AuditService audit;

	ApiClient api;

	String official;

	@BeforeEach
	void setUp() {
		this.api = new ApiClient(this.port);
		this.official = this.api.officialToken();
	}

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void aResidentNeverAssessedHasTheDefaultGreenCode() {
		String resident = registeredResident(TestData.idNumber());

		Response code = this.api.get("/api/v1/me/health-code", resident).expectStatus(200);

		assertThat(code.json().get("color").asString()).isEqualTo("GREEN");
		assertThat(code.json().get("updatedAt").isNull()).isTrue();
	}

	@Test
	void officialSetsAStatusByIdNumberAndGetsAMaskedAnswer() {
		String idNumber = TestData.idNumber();
		String resident = registeredResident(idNumber);

		Response set = setStatus(idNumber, "RED", "CONFIRMED").expectStatus(200);

		assertThat(set.json().get("color").asString()).isEqualTo("RED");
		assertThat(set.json().get("maskedIdNumber").asString())
			.isEqualTo(idNumber.substring(0, 4) + "**********" + idNumber.substring(14));
		assertThat(set.json().get("maskedName").asString()).isEqualTo("张*丰");
		assertThat(set.json().get("expiresAt").isNull()).isTrue();
		assertThat(set.text()).doesNotContain(idNumber);
		assertThat(this.api.get("/api/v1/me/health-code", resident).json().get("color").asString()).isEqualTo("RED");
	}

	@Test
	void onlyOfficialsSetStatuses() {
		Map<String, String> body = Map.of("idNumber", TestData.idNumber(), "color", "RED", "reason", "CONFIRMED");

		Response resident = this.api.put("/api/v1/health-status", body, this.api.residentToken(TestData.phone()));
		Response anonymous = this.api.put("/api/v1/health-status", body, null);

		assertThat(resident.status()).isEqualTo(403);
		assertThat(resident.problemCode()).isEqualTo("FORBIDDEN");
		assertThat(anonymous.status()).isEqualTo(401);
	}

	@Test
	void badStatusInputIsAClientError() {
		Response badId = setStatus("370102", "RED", "CONFIRMED");
		Response badColor = this.api.put("/api/v1/health-status",
				Map.of("idNumber", TestData.idNumber(), "color", "PURPLE", "reason", "CONFIRMED"), this.official);
		Response noReason = this.api.put("/api/v1/health-status",
				Map.of("idNumber", TestData.idNumber(), "color", "RED"), this.official);

		assertThat(badId.problemCode()).isEqualTo("ID_NUMBER_INVALID");
		assertThat(badColor.status()).isEqualTo(400);
		assertThat(noReason.problemCode()).isEqualTo("VALIDATION_FAILED");
	}

	@Test
	void closeContactTurnsYellowAfterSevenDaysAndGreenThreeDaysLaterOnRead() {
		String idNumber = TestData.idNumber();
		String phone = TestData.phone();
		this.api.put("/api/v1/me/profile", Map.of("name", "张三丰", "idNumber", idNumber), this.api.residentToken(phone))
			.expectStatus(200);
		Response set = setStatus(idNumber, "RED", "CLOSE_CONTACT").expectStatus(200);
		Instant setAt = Instant.parse(set.json().get("setAt").asString());
		assertThat(Instant.parse(set.json().get("expiresAt").asString())).isEqualTo(setAt.plus(Duration.ofDays(7)));
		assertThat(set.json().get("nextColor").asString()).isEqualTo("YELLOW");

		// access tokens live 30 minutes: sign in again after each jump in time
		this.clock.advance(Duration.ofDays(7).minusMinutes(2));
		assertThat(color(this.api.residentToken(phone))).isEqualTo("RED");
		this.clock.advance(Duration.ofMinutes(3));
		Response yellow = this.api.get("/api/v1/me/health-code", this.api.residentToken(phone)).expectStatus(200);
		assertThat(yellow.json().get("color").asString()).isEqualTo("YELLOW");
		assertThat(Instant.parse(yellow.json().get("statusExpiresAt").asString()))
			.isEqualTo(setAt.plus(Duration.ofDays(10)));
		this.clock.advance(Duration.ofDays(3));
		assertThat(color(this.api.residentToken(phone))).isEqualTo("GREEN");
	}

	@Test
	void theScheduledJobWritesTheFollowUpsIntoTheHistoryAndTheAudit() {
		String idNumber = TestData.idNumber();
		registeredResident(idNumber);
		setStatus(idNumber, "RED", "CLOSE_CONTACT").expectStatus(200);
		PersonId person = personOf(idNumber);

		this.clock.advance(Duration.ofDays(8));
		this.expiryJob.run();
		List<HealthStatus> afterEight = this.health.history(person);
		this.clock.advance(Duration.ofDays(3));
		this.expiryJob.run();
		this.expiryJob.run();
		List<HealthStatus> history = this.health.history(person);

		assertThat(afterEight).extracting(HealthStatus::color).containsExactly(Color.YELLOW, Color.RED);
		assertThat(history).extracting(HealthStatus::color).containsExactly(Color.GREEN, Color.YELLOW, Color.RED);
		assertThat(history.get(0).setAt()).isEqualTo(history.get(2).setAt().plus(Duration.ofDays(10)));
		assertThat(history.get(0).expiresAt()).isNull();
		List<AuditEntry> entries = this.audit.forPerson(person.value(), 10);
		assertThat(entries).extracting(AuditEntry::action).containsOnly("HEALTH_STATUS_CHANGED", "PROFILE_REGISTERED");
		assertThat(entries).filteredOn(entry -> entry.action().equals("HEALTH_STATUS_CHANGED"))
			.extracting(AuditEntry::actorRole, AuditEntry::detail)
			.extracting(tuple -> tuple.toList().get(0) + " " + ((String) tuple.toList().get(1)).split(" ")[0])
			.containsExactly("SYSTEM YELLOW->GREEN", "SYSTEM RED->YELLOW", "OFFICIAL GREEN->RED");
	}

	@Test
	void aNewStatusOverAnExpiredOneKeepsTheMissedFollowUpsInTheHistory() {
		String idNumber = TestData.idNumber();
		setStatus(idNumber, "YELLOW", "RISK_AREA_VISIT").expectStatus(200);
		PersonId person = personOf(idNumber);

		this.clock.advance(Duration.ofDays(4));
		this.official = this.api.officialToken();
		setStatus(idNumber, "RED", "CONFIRMED").expectStatus(200);

		assertThat(this.health.history(person)).extracting(HealthStatus::color, HealthStatus::reason)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(Color.RED, StatusReason.CONFIRMED),
					org.assertj.core.groups.Tuple.tuple(Color.GREEN, StatusReason.RISK_AREA_VISIT),
					org.assertj.core.groups.Tuple.tuple(Color.YELLOW, StatusReason.RISK_AREA_VISIT));
		assertThat(this.health.current(person).color()).isEqualTo(Color.RED);
	}

	@Test
	void everyChangeByAnOfficialIsAuditedWithWhoAndWhy() {
		String idNumber = TestData.idNumber();
		setStatus(idNumber, "YELLOW", "SECONDARY_CONTACT").expectStatus(200);
		setStatus(idNumber, "GREEN", "MANUAL").expectStatus(200);
		long officialId = this.api.get("/api/v1/session", this.official).json().get("accountId").asLong();

		List<AuditEntry> entries = this.audit.forPerson(personOf(idNumber).value(), 10);

		assertThat(entries).hasSize(2).allSatisfy(entry -> {
			assertThat(entry.action()).isEqualTo("HEALTH_STATUS_CHANGED");
			assertThat(entry.actorRole()).isEqualTo("OFFICIAL");
			assertThat(entry.actorAccountId()).isEqualTo(officialId);
		});
		assertThat(entries).extracting(AuditEntry::reason).containsExactly("MANUAL", "SECONDARY_CONTACT");
		assertThat(entries.get(0).detail()).isEqualTo("YELLOW->GREEN");
	}

	@Test
	void manyPersonsGetAStatusAtOnceAndTheirColoursAreReadTogether() {
		List<PersonId> contacts = List.of(personOf(newPerson()), personOf(newPerson()), personOf(newPerson()));
		PersonId untouched = personOf(newPerson());

		List<HealthStatus> set = this.health.setStatus(contacts,
				new StatusChange(Color.RED, StatusReason.CLOSE_CONTACT, "case 12 at venue 7"), StatusActor.system());
		Map<PersonId, Color> colors = this.health
			.currentColors(List.of(contacts.get(0), contacts.get(1), contacts.get(2), untouched));

		assertThat(set).hasSize(3).allSatisfy(status -> assertThat(status.expiresAt()).isNotNull());
		Map<PersonId, Color> expected = new HashMap<>();
		contacts.forEach(id -> expected.put(id, Color.RED));
		expected.put(untouched, Color.GREEN);
		assertThat(colors).isEqualTo(expected);
		this.clock.advance(Duration.ofDays(7).plusSeconds(1));
		assertThat(this.health.currentColors(contacts).values()).containsOnly(Color.YELLOW);
	}

	private String newPerson() {
		String idNumber = TestData.idNumber();
		this.persons.findOrCreate(null, IdNumber.parse(idNumber, LocalDate.now()));
		return idNumber;
	}

	private PersonId personOf(String idNumber) {
		return this.persons.findByIdNumber(IdNumber.parse(idNumber, LocalDate.now())).orElseThrow().id();
	}

	private Response setStatus(String idNumber, String color, String reason) {
		return this.api.put("/api/v1/health-status", Map.of("idNumber", idNumber, "color", color, "reason", reason),
				this.official);
	}

	private String color(String resident) {
		return this.api.get("/api/v1/me/health-code", resident).expectStatus(200).json().get("color").asString();
	}

	private String registeredResident(String idNumber) {
		String token = this.api.residentToken(TestData.phone());
		this.api.put("/api/v1/me/profile", Map.of("name", "张三丰", "idNumber", idNumber), token).expectStatus(200);
		return token;
	}

}
