package org.healthcode.testing;

import java.time.Duration;
import java.util.Map;

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

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class NatSummaryIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	TestClock clock;

	ApiClient api;

	People people;

	Tubes tubes;

	String sampler;

	@BeforeEach
	void setUp() {
		this.api = new ApiClient(this.port);
		this.people = new People(this.api);
		SiteStaff staff = new SiteStaff(this.api);
		this.sampler = staff.token("SAMPLER", "历下采样点", "370102");
		this.tubes = new Tubes(this.api, this.sampler, staff.token("LAB", "历下检测", "370102"));
	}

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void theHealthCodeShowsNoneThenPendingThenNegativeWithItsAge() {
		Resident resident = this.people.registeredResident("马一");
		assertThat(nat(resident).get("state").asString()).isEqualTo("NONE");
		assertThat(nat(resident).get("age").isNull()).isTrue();

		String tube = Tubes.code();
		this.api.post("/api/v1/sampling/tubes", Map.of("tubeCode", tube, "poolSize", 10), this.sampler)
			.expectStatus(201);
		String token = this.api.get("/api/v1/me/health-code", resident.token()).json().get("token").asString();
		// sampled 30 hours ago (tokens taken now stay valid until they expire)
		this.clock.advance(Duration.ofHours(-30));
		this.api.post("/api/v1/sampling/tubes/" + tube + "/samples", Map.of("healthToken", token), this.sampler)
			.expectStatus(201);
		this.api.post("/api/v1/sampling/tubes/" + tube + "/close", Map.of(), this.sampler).expectStatus(200);
		this.clock.reset();
		assertThat(nat(resident).get("state").asString()).isEqualTo("PENDING");
		assertThat(nat(resident).get("age").asString()).isEqualTo("H48");

		this.tubes.report(tube, "NEGATIVE", this.clock.instant()).expectStatus(200);
		JsonNode nat = nat(resident);
		assertThat(nat.get("state").asString()).isEqualTo("NEGATIVE");
		assertThat(nat.get("age").asString()).isEqualTo("H48");
		assertThat(nat.get("reportedAt").isNull()).isFalse();

		JsonNode record = this.api.get("/api/v1/me/tests", resident.token()).expectStatus(200).json();
		assertThat(record.get("tests").size()).isEqualTo(1);
		assertThat(record.get("tests").get(0).get("pooled").asBoolean()).isTrue();
	}

	@Test
	void theHealthCodePageShowsTheTestAsPeopleKnewIt() {
		String phone = TestData.phone();
		String token = this.api.residentToken(phone);
		Resident resident = new Resident(token, "马二", TestData.idNumber());
		this.api.put("/api/v1/me/profile", Map.of("name", resident.name(), "idNumber", resident.idNumber()), token)
			.expectStatus(200);
		PageSession page = new PageSession(this.port);
		// the browser logs in a minute later (the SMS code interval)
		this.clock.advance(Duration.ofSeconds(61));
		page.loginResident(phone);
		assertThat(page.get("/me/health-code").body()).contains("暂无记录");

		String tube = this.tubes.sampled(1, resident);
		assertThat(page.get("/me/health-code").body()).contains("检测中");
		this.tubes.report(tube, "NEGATIVE", this.clock.instant()).expectStatus(200);
		assertThat(page.get("/me/health-code").body()).contains("24小时内 阴性");
		assertThat(page.get("/me/tests").body()).contains("采样时间");
	}

	@Test
	void companionsTestsAreReadOnlyForTheirOwnResident() {
		Resident owner = this.people.registeredResident("何一");
		Resident stranger = this.people.registeredResident("何二");
		long companion = this.people.companion(owner, "何老", TestData.idNumber()).get("id").asLong();

		JsonNode tests = this.api.get("/api/v1/me/companions/" + companion + "/tests", owner.token())
			.expectStatus(200)
			.json();
		assertThat(tests.get("nat").get("state").asString()).isEqualTo("NONE");
		assertThat(this.api.get("/api/v1/me/companions/" + companion + "/tests", stranger.token()).status())
			.isEqualTo(404);
	}

	private JsonNode nat(Resident resident) {
		return this.api.get("/api/v1/me/health-code", resident.token()).expectStatus(200).json().get("nat");
	}

}
