package org.healthcode.appeal;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;

import org.healthcode.identity.IdNumber;
import org.healthcode.person.PersonService;
import org.healthcode.support.ApiClient;
import org.healthcode.support.IntegrationTest;
import org.healthcode.support.PageSession;
import org.healthcode.support.People.Resident;
import org.healthcode.support.People;
import org.healthcode.support.SiteStaff;
import org.healthcode.support.TestClock;
import org.healthcode.support.TestData;
import org.healthcode.support.Tubes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The official reading an appeal sees the person's nucleic-acid tests of the last 30 days
 * next to their trajectory, in the API and on the case page, audited as the case read.
 */
@IntegrationTest
class AppealCaseTestsIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PersonService persons;

	@Autowired
	TestClock clock;

	ApiClient api;

	People people;

	Tubes tubes;

	@BeforeEach
	void setUp() {
		this.api = new ApiClient(this.port);
		this.people = new People(this.api);
		SiteStaff staff = new SiteStaff(this.api);
		this.tubes = new Tubes(this.api, staff.token("SAMPLER", "泉城广场采样点", "370102"),
				staff.token("LAB", "艾迪康检测", "370102"));
	}

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void theCaseShowsTheAppellantsRecentTestsAndItsReadIsAudited() {
		Resident resident = this.people.registeredResident("严志刚");
		String older = sampled(resident, 1);
		report(older, "NEGATIVE");
		this.clock.advance(Duration.ofMinutes(5));
		String pool = sampled(resident, 10);
		report(pool, "POSITIVE");
		this.clock.advance(Duration.ofMinutes(5));
		sampled(resident, 1);
		long id = this.api
			.post("/api/v1/me/appeals", Map.of("subject", "SELF", "reason", "ALREADY_TESTED", "details", "单管复核已阴性"),
					resident.token())
			.expectStatus(201)
			.json()
			.get("id")
			.asLong();
		long personId = this.persons.findByIdNumber(IdNumber.parse(resident.idNumber(), LocalDate.now()))
			.orElseThrow()
			.id()
			.value();

		JsonNode tests = this.api.get("/api/v1/appeals/" + id, this.api.officialToken())
			.expectStatus(200)
			.json()
			.get("tests");
		assertThat(tests.size()).isEqualTo(3);
		// newest first: the pending single tube, the positive pool, the negative single
		// tube
		assertThat(tests.get(0).get("state").asString()).isEqualTo("PENDING");
		assertThat(tests.get(1).get("result").asString()).isEqualTo("POSITIVE");
		assertThat(tests.get(1).get("pooled").asBoolean()).isTrue();
		assertThat(tests.get(2).get("result").asString()).isEqualTo("NEGATIVE");
		assertThat(tests.get(2).get("pooled").asBoolean()).isFalse();
		int reads = caseReads(personId);
		assertThat(reads).isEqualTo(1);

		PageSession official = new PageSession(this.port);
		official.post("/staff/login", "/staff/login",
				Map.of("username", "official", "password", TestData.OFFICIAL_PASSWORD));
		HttpResponse<String> page = official.get("/official/appeals/" + id);
		assertThat(page.statusCode()).isEqualTo(200);
		String html = page.body();
		String list = html.substring(html.indexOf("id=\"case-tests\""),
				html.indexOf("</ul>", html.indexOf("id=\"case-tests\"")));
		assertThat(list).contains("data-result=\"PENDING\"", "data-result=\"POSITIVE\"", "data-result=\"NEGATIVE\"")
			.contains("检测中", "阳性", "混采", "阴性", "单管");
		assertThat(caseReads(personId)).isEqualTo(reads + 1);
	}

	@Test
	void aCaseWithoutTestsSaysSo() {
		Resident resident = this.people.registeredResident("严小雨");
		long id = this.api
			.post("/api/v1/me/appeals", Map.of("subject", "SELF", "reason", "NOT_THERE", "details", "没去过"),
					resident.token())
			.expectStatus(201)
			.json()
			.get("id")
			.asLong();

		assertThat(this.api.get("/api/v1/appeals/" + id, this.api.officialToken())
			.expectStatus(200)
			.json()
			.get("tests")
			.size()).isZero();
		PageSession official = new PageSession(this.port);
		official.post("/staff/login", "/staff/login",
				Map.of("username", "official", "password", TestData.OFFICIAL_PASSWORD));
		assertThat(official.get("/official/appeals/" + id).body()).contains("id=\"no-tests\"")
			.doesNotContain("id=\"case-tests\"");
	}

	private String sampled(Resident resident, int poolSize) {
		return this.tubes.sampled(poolSize, resident);
	}

	private void report(String tube, String result) {
		this.tubes.report(tube, result, this.clock.instant()).expectStatus(200);
	}

	private int caseReads(long personId) {
		return this.jdbc
			.sql("select count(*) from audit_event where person_id = :person and action = 'APPEAL_CASE_READ'")
			.param("person", personId)
			.query(Integer.class)
			.single();
	}

}
