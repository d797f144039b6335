package org.healthcode.person;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import tools.jackson.databind.JsonNode;

import org.healthcode.account.AccountPrincipal;
import org.healthcode.account.Role;
import org.healthcode.identity.IdNumber;
import org.healthcode.identity.PersonName;
import org.healthcode.support.ApiClient;
import org.healthcode.support.ApiClient.Response;
import org.healthcode.support.IntegrationTest;
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
 * Issue 12 item 2 (c): a wrong name for an ID number is an answer of the real-name check,
 * so it is throttled per account and per ID number, with a stable code, and audited
 * without personal data.
 */
@IntegrationTest
class IdentityCheckIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	PersonService persons;

	@Autowired
	TestClock clock;

	ApiClient api;

	People people;

	@BeforeEach
	void setUp() {
		this.api = new ApiClient(this.port);
		this.people = new People(this.api);
	}

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void wrongNamesAreRefusedThenThrottledPerAccountAndEachIsAuditedWithoutPersonalData() {
		Resident resident = this.people.registeredResident("马识途");
		List<String> tried = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			String idNumber = TestData.idNumber();
			tried.add(idNumber);
			Response wrong = addCompanion(resident, "冒名" + "一二三四五".charAt(i), idNumber);
			assertThat(wrong.status()).isEqualTo(422);
			assertThat(wrong.problemCode()).isEqualTo("IDENTITY_MISMATCH");
		}

		Response throttled = addCompanion(resident, "马小路", TestData.idNumber());

		assertThat(throttled.status()).isEqualTo(429);
		assertThat(throttled.problemCode()).isEqualTo("IDENTITY_CHECK_LIMITED");
		assertThat(throttled.json().get("detail").asString()).contains("24");
		assertThat(this.api.get("/api/v1/me/companions", resident.token()).json()).isEmpty();
		JsonNode audit = this.api
			.post("/api/v1/audit/search",
					Map.of("action", "IDENTITY_CHECK_FAILED", "actorAccountId", accountOf(resident.token())),
					this.api.adminToken())
			.expectStatus(200)
			.json();
		assertThat(audit.get("total").asLong()).isEqualTo(5);
		assertThat(audit.get("items").get(0).get("reason").asString()).isEqualTo("COMPANION");
		assertThat(audit.get("items").get(0).get("detail").asString()).isEqualTo("failures=5 limit=5");
		String entries = audit.get("items").toString();
		assertThat(entries).doesNotContain("冒名");
		tried.forEach(idNumber -> assertThat(entries).doesNotContain(idNumber));
	}

	@Test
	void parallelWrongNamesCannotSlipUnderTheLimit() throws Exception {
		Resident resident = this.people.registeredResident("牛急急");
		ExecutorService pool = Executors.newFixedThreadPool(8);
		try {
			List<Future<Response>> answers = new ArrayList<>();
			for (int i = 0; i < 8; i++) {
				answers.add(pool.submit(() -> addCompanion(resident, "冒名者", TestData.idNumber())));
			}
			int mismatches = 0;
			int throttled = 0;
			for (Future<Response> answer : answers) {
				String code = answer.get().problemCode();
				mismatches += "IDENTITY_MISMATCH".equals(code) ? 1 : 0;
				throttled += "IDENTITY_CHECK_LIMITED".equals(code) ? 1 : 0;
			}
			assertThat(mismatches).isEqualTo(5);
			assertThat(throttled).isEqualTo(3);
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void wrongNamesForOneIdNumberFromManyAccountsThrottleThatNumberButNeverItsHoldersRegistration() {
		String idNumber = TestData.idNumber();
		for (int i = 0; i < 10; i++) {
			Resident stranger = this.people.registeredResident("路人" + "甲乙丙丁戊己庚辛壬癸".charAt(i));
			assertThat(addCompanion(stranger, "冒名者", idNumber).problemCode()).isEqualTo("IDENTITY_MISMATCH");
		}
		Resident eleventh = this.people.registeredResident("路人子");

		Response throttled = addCompanion(eleventh, "宋真名", idNumber);

		assertThat(throttled.problemCode()).isEqualTo("IDENTITY_CHECK_LIMITED");
		String holder = this.api.residentToken(TestData.phone());
		this.api.put("/api/v1/me/profile", Map.of("name", "宋真名", "idNumber", idNumber), holder).expectStatus(200);
	}

	@Test
	void theLimitLiftsOnceTheWindowHasPassed() {
		String phone = TestData.phone();
		String token = this.api.residentToken(phone);
		this.api.put("/api/v1/me/profile", Map.of("name", "唐等等", "idNumber", TestData.idNumber()), token)
			.expectStatus(200);
		for (int i = 0; i < 5; i++) {
			this.api.post("/api/v1/me/companions",
					Map.of("name", "冒名者", "idNumber", TestData.idNumber(), "relation", "CHILD"), token);
		}

		this.clock.advance(Duration.ofHours(25));
		String later = this.api.residentToken(phone);

		Response added = this.api.post("/api/v1/me/companions",
				Map.of("name", "唐小等", "idNumber", TestData.idNumber(), "relation", "CHILD"), later);
		assertThat(added.status()).isEqualTo(201);
	}

	@Test
	void staffTypingAWrongNameIsRefusedAndNothingIsSet() {
		String idNumber = TestData.idNumber();

		Response wrong = this.api.put("/api/v1/health-status",
				Map.of("idNumber", idNumber, "name", "冒名者", "color", "RED", "reason", "CONFIRMED"),
				this.api.officialToken());

		assertThat(wrong.status()).isEqualTo(422);
		assertThat(wrong.problemCode()).isEqualTo("IDENTITY_MISMATCH");
		assertThat(this.persons.findByIdNumber(IdNumber.parse(idNumber, LocalDate.now()))).isEmpty();
		JsonNode audit = this.api
			.post("/api/v1/audit/search", Map.of("idNumber", idNumber, "action", "IDENTITY_CHECK_FAILED"),
					this.api.adminToken())
			.json();
		assertThat(audit.get("total").asLong()).isEqualTo(1);
		assertThat(audit.get("items").get(0).get("actorRole").asString()).isEqualTo("OFFICIAL");
		assertThat(audit.get("items").get(0).get("reason").asString()).isEqualTo("STAFF_ENTRY");
	}

	@Test
	void aStaffNameCheckAnswersTheSameForUnknownNumbersAndWrongNames() {
		Resident resident = this.people.registeredResident("罗正");
		AccountPrincipal official = new AccountPrincipal(Role.OFFICIAL, accountOf(this.api.officialToken()),
				"official");
		IdNumber known = IdNumber.parse(resident.idNumber(), LocalDate.now());

		assertThat(this.persons.matchName(known, PersonName.parse("罗正"), official)).get()
			.extracting(PersonProfile::maskedName)
			.isEqualTo("罗*");
		assertThat(this.persons.matchName(known, PersonName.parse("罗歪"), official)).isEmpty();
		assertThat(this.persons.matchName(IdNumber.parse(TestData.idNumber(), LocalDate.now()), PersonName.parse("罗正"),
				official))
			.isEmpty();
	}

	private Response addCompanion(Resident resident, String name, String idNumber) {
		return this.api.post("/api/v1/me/companions", Map.of("name", name, "idNumber", idNumber, "relation", "CHILD"),
				resident.token());
	}

	private long accountOf(String token) {
		return this.api.get("/api/v1/session", token).json().get("accountId").asLong();
	}

}
