package org.healthcode.testing;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.healthcode.support.ApiClient.Response;
import org.healthcode.support.ApiClient;
import org.healthcode.support.IntegrationTest;
import org.healthcode.support.People.Resident;
import org.healthcode.support.People;
import org.healthcode.support.SiteStaff;
import org.healthcode.support.TestClock;
import org.healthcode.support.Tubes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class LabResultsIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	TestClock clock;

	ApiClient api;

	People people;

	Tubes tubes;

	String sampler;

	String lab;

	@BeforeEach
	void setUp() {
		this.api = new ApiClient(this.port);
		this.people = new People(this.api);
		SiteStaff staff = new SiteStaff(this.api);
		this.sampler = staff.token("SAMPLER", "经十路采样点", "370102");
		this.lab = staff.token("LAB", "金域检测", "370102");
		this.tubes = new Tubes(this.api, this.sampler, this.lab);
	}

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void aPositivePoolTurnsItsPeopleYellowUntilALaterSingleNegativeLiftsIt() {
		Resident green = this.people.registeredResident("陈一");
		Resident confirmed = this.people.registeredResident("陈二");
		Resident secondary = this.people.registeredResident("陈三");
		this.people.setColor(confirmed.idNumber(), "RED", "CONFIRMED");
		String earlySingle = this.tubes.sampled(1, green);
		this.clock.advance(Duration.ofMinutes(1));
		String pool = this.tubes.sampled(10, green, confirmed, secondary);

		Response first = this.tubes.report(pool, "POSITIVE", this.clock.instant());
		assertThat(first.expectStatus(200).json().get("accepted").asInt()).isEqualTo(1);
		assertThat(this.people.color(green)).isEqualTo("YELLOW");
		assertThat(this.people.color(confirmed)).isEqualTo("RED");
		assertThat(this.people.color(secondary)).isEqualTo("YELLOW");

		// the same report again changes nothing
		Response again = this.tubes.report(pool, "POSITIVE", this.clock.instant());
		assertThat(again.json().get("accepted").asInt()).isZero();
		assertThat(again.json().get("duplicates").asInt()).isEqualTo(1);
		Response differs = this.tubes.report(pool, "NEGATIVE", this.clock.instant());
		assertThat(differs.json().get("conflicts").get(0).get("code").asString()).isEqualTo("RESULT_DIFFERS");

		// a single tube taken before the pool says nothing about it
		this.tubes.report(earlySingle, "NEGATIVE", this.clock.instant()).expectStatus(200);
		assertThat(this.people.color(green)).isEqualTo("YELLOW");

		this.clock.advance(Duration.ofMinutes(2));
		String retest = this.tubes.sampled(1, green);
		this.tubes.report(retest, "NEGATIVE", this.clock.instant()).expectStatus(200);
		assertThat(this.people.color(green)).isEqualTo("GREEN");
		assertThat(this.people.color(secondary)).isEqualTo("YELLOW");
		String history = this.api.get("/api/v1/me/notices", green.token()).text();
		assertThat(history).contains("POOLED_POSITIVE");
	}

	@Test
	void aPositiveSingleTubeTurnsRedAfterAPositivePool() {
		Resident person = this.people.registeredResident("刘一");
		String pool = this.tubes.sampled(5, person);
		this.tubes.report(pool, "POSITIVE", this.clock.instant()).expectStatus(200);
		this.clock.advance(Duration.ofMinutes(1));
		String single = this.tubes.sampled(1, person);
		this.tubes.report(single, "POSITIVE", this.clock.instant()).expectStatus(200);

		assertThat(this.people.color(person)).isEqualTo("RED");
	}

	@Test
	void unknownOpenAndBadEntriesAreReportedOrRefused() {
		String open = Tubes.code();
		this.api.post("/api/v1/sampling/tubes", Map.of("tubeCode", open, "poolSize", 10), this.sampler)
			.expectStatus(201);
		Resident person = this.people.registeredResident("吴一");
		String tube = this.tubes.sampled(5, person);
		String now = this.clock.instant().toString();

		Response mixed = this.tubes.report(List.of(Map.of("tubeCode", open, "result", "NEGATIVE", "testedAt", now),
				Map.of("tubeCode", "NOSUCH-1", "result", "NEGATIVE", "testedAt", now)));
		assertThat(mixed.expectStatus(200).json().get("unknownTubes").get(0).asString()).isEqualTo("NOSUCH-1");
		assertThat(mixed.json().get("conflicts").get(0).get("code").asString()).isEqualTo("TUBE_OPEN");

		assertThat(this.tubes.report(tube, "POSITIVE ", this.clock.instant()).expectStatus(400).problemCode())
			.isEqualTo("RESULT_INVALID");
		Response future = this.tubes
			.report(List.of(Map.of("tubeCode", tube, "result", "POSITIVE", "testedAt", now), Map.of("tubeCode", tube,
					"result", "POSITIVE", "testedAt", this.clock.instant().plus(Duration.ofDays(1)).toString())));
		assertThat(future.expectStatus(400).problemCode()).isEqualTo("TESTED_AT_INVALID");
		assertThat(this.people.color(person)).isEqualTo("GREEN");
		assertThat(this.tubes.report(tube, "NEGATIVE", Instant.parse("2020-01-01T00:00:00Z"))
			.json()
			.get("accepted")
			.asInt()).isEqualTo(1);
	}

	@Test
	void onlyLabsReportResults() {
		Resident resident = this.people.registeredResident("郑一");
		Map<String, Object> body = Map.of("results",
				List.of(Map.of("tubeCode", "ANY-1234", "result", "NEGATIVE", "testedAt", Instant.now().toString())));
		assertThat(this.api.post("/api/v1/lab/results", body, this.sampler).status()).isEqualTo(403);
		assertThat(this.api.post("/api/v1/lab/results", body, resident.token()).status()).isEqualTo(403);
		assertThat(this.api.post("/api/v1/lab/results", body, this.api.officialToken()).status()).isEqualTo(403);
		// nor do labs sample or read persons
		assertThat(this.api.post("/api/v1/sampling/tubes", Map.of("tubeCode", Tubes.code(), "poolSize", 10), this.lab)
			.status()).isEqualTo(403);
		assertThat(this.api.get("/api/v1/me/tests", this.lab).status()).isEqualTo(403);
		assertThat(this.api.get("/api/v1/me/health-code", this.lab).status()).isEqualTo(403);
	}

}
