package org.healthcode.testing;

import java.time.Duration;
import java.util.List;
import java.util.Map;

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
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The door reads what samplers, labs and vaccinators reported: a venue asking for a
 * 24-hour test and full vaccination restricts a visitor without them, says a sample is
 * still being tested, and lets them pass once the negative result and both doses are in;
 * the health code shows the same.
 */
@IntegrationTest
class DoorFactsIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	TestClock clock;

	ApiClient api;

	People people;

	Tubes tubes;

	String vaccinator;

	@BeforeEach
	void setUp() {
		this.api = new ApiClient(this.port);
		this.people = new People(this.api);
		SiteStaff staff = new SiteStaff(this.api);
		this.tubes = new Tubes(this.api, staff.token("SAMPLER", "门岗采样点", "370102"),
				staff.token("LAB", "门岗检测", "370102"));
		this.vaccinator = staff.token("VACCINATOR", "门岗接种点", "370102");
	}

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void theVerdictFollowsTheTestAndTheDosesAsTheyAreReported() {
		Resident manager = this.people.registeredResident("门店经理");
		JsonNode venue = this.people.venue(manager, "核验测试药店");
		this.api
			.put("/api/v1/venues/" + venue.get("id").asLong() + "/entry-rule",
					Map.of("natWithinHours", 24, "vaccination", "COMPLETE"), manager.token())
			.expectStatus(200);
		Resident visitor = this.people.registeredResident("卫来宾");

		assertThat(reasons(checkIn(visitor, venue))).containsExactlyInAnyOrder("NAT_MISSING", "VACCINATION_INCOMPLETE");

		String tube = this.tubes.sampled(1, visitor);
		this.clock.advance(Duration.ofMinutes(3));
		JsonNode pending = checkIn(visitor, venue);
		assertThat(reasons(pending)).containsExactlyInAnyOrder("NAT_PENDING", "VACCINATION_INCOMPLETE");
		assertThat(pending.get("holder").get("verdict").asString()).isEqualTo("RESTRICTED");

		this.tubes.report(tube, "NEGATIVE", this.clock.instant()).expectStatus(200);
		this.api
			.post("/api/v1/vaccinations",
					Map.of("records", List.of(dose(visitor, 1, "2021-05-01"), dose(visitor, 2, "2021-06-01"))),
					this.vaccinator)
			.expectStatus(200);
		JsonNode code = this.api.get("/api/v1/me/health-code", visitor.token()).expectStatus(200).json();
		assertThat(code.get("nat").get("state").asString()).isEqualTo("NEGATIVE");
		assertThat(code.get("vaccination").get("state").asString()).isEqualTo("COMPLETE");
		assertThat(code.get("vaccination").get("doses").asInt()).isEqualTo(2);
		this.clock.advance(Duration.ofMinutes(3));
		JsonNode passed = checkIn(visitor, venue);
		assertThat(passed.get("holder").get("verdict").asString()).isEqualTo("PASS");
		assertThat(reasons(passed)).isEmpty();
	}

	private JsonNode checkIn(Resident visitor, JsonNode venue) {
		return this.api
			.post("/api/v1/checkins", Map.of("venueToken", venue.get("token").asString(), "companionIds", List.of()),
					visitor.token())
			.expectStatus(201)
			.json();
	}

	private static List<String> reasons(JsonNode answer) {
		return answer.get("holder").get("reasons").valueStream().map(reason -> reason.get("code").asString()).toList();
	}

	private static Map<String, Object> dose(Resident visitor, int dose, String on) {
		return Map.of("idNumber", visitor.idNumber(), "name", visitor.name(), "dose", dose, "product", "北京生物",
				"vaccinatedOn", on);
	}

}
