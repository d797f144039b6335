package org.healthcode.tracing;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.healthcode.support.ApiClient;
import org.healthcode.support.ApiClient.Response;
import org.healthcode.support.Deadline;
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

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Risk areas: a designation marks everyone who checked in there in its period (and those
 * who check in while it runs), tells them, and its withdrawal reverts only what nobody
 * changed since.
 */
@IntegrationTest
class RiskAreaIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	TestClock clock;

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

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void aHighRiskVenueTurnsItsVisitorsRedAndWithdrawalRevertsOnlyUntouchedStatuses() {
		Resident manager = this.people.registeredResident("马志远");
		JsonNode venue = this.people.venue(manager, "风险测试餐馆");
		Resident visitor = this.people.registeredResident("罗晓东");
		Resident changedSince = this.people.registeredResident("梁文静");
		checkIn(visitor, venue);
		checkIn(changedSince, venue);
		Instant now = this.clock.instant();

		JsonNode area = this.riskAreas.designate(Map.of("level", "HIGH", "venueIds", List.of(venue.get("id").asLong()),
				"from", now.minus(Duration.ofHours(2)).toString(), "to", now.plus(Duration.ofDays(1)).toString(),
				"reason", "聚集性疫情"));
		area = this.riskAreas.awaitMarked(area.get("id").asLong());
		assertThat(area.get("marking").get("changed").asInt()).isEqualTo(2);

		assertThat(this.people.color(visitor)).isEqualTo("RED");
		JsonNode notice = this.api.get("/api/v1/me/notices", visitor.token()).expectStatus(200).json().get(0);
		assertThat(notice.get("kind").asString()).isEqualTo("EXPOSURE_ALERT");
		assertThat(notice.get("reason").asString()).isEqualTo("RISK_AREA_VISIT");
		assertThat(notice.get("advice").asString()).contains("风险地区");

		// while the period runs, a new visitor is marked as they check in
		Resident arrival = this.people.registeredResident("宋佳怡");
		checkIn(arrival, venue);
		Deadline.of(Duration.ofSeconds(10)).await(() -> "RED".equals(this.people.color(arrival)));

		this.people.setColor(changedSince.idNumber(), "RED", "CLOSE_CONTACT");

		JsonNode withdrawn = this.api
			.post("/api/v1/tracing/risk-areas/" + area.get("id").asLong() + "/withdraw", Map.of("note", "误判"),
					this.official)
			.expectStatus(200)
			.json();
		assertThat(withdrawn.get("state").asString()).isEqualTo("WITHDRAWN");
		assertThat(withdrawn.get("reverted").asInt()).isEqualTo(2);
		assertThat(this.people.color(visitor)).isEqualTo("GREEN");
		assertThat(this.people.color(arrival)).isEqualTo("GREEN");
		assertThat(this.people.color(changedSince)).isEqualTo("RED");
		JsonNode told = this.api.get("/api/v1/me/notices", visitor.token()).expectStatus(200).json().get(0);
		assertThat(told.get("reason").asString()).isEqualTo("RISK_AREA_WITHDRAWN");
		assertThat(told.get("color").asString()).isEqualTo("GREEN");

		Response twice = this.api.post("/api/v1/tracing/risk-areas/" + area.get("id").asLong() + "/withdraw", Map.of(),
				this.official);
		assertThat(twice.status()).isEqualTo(409);
		assertThat(twice.problemCode()).isEqualTo("RISK_AREA_ALREADY_WITHDRAWN");
		assertThat(this.people.color(visitor)).isEqualTo("GREEN");
	}

	@Test
	void aHighRiskVisitIsRedForSevenDaysThenYellowForThreeThenGreen() {
		Resident manager = this.people.registeredResident("孔祥瑞");
		JsonNode venue = this.people.venue(manager, "高风险测试浴室");
		String phone = TestData.phone();
		Resident visitor = new Resident(this.api.residentToken(phone), "魏思远", TestData.idNumber());
		this.api
			.put("/api/v1/me/profile", Map.of("name", visitor.name(), "idNumber", visitor.idNumber()), visitor.token())
			.expectStatus(200);
		checkIn(visitor, venue);
		Instant now = this.clock.instant();

		JsonNode area = this.riskAreas.designate(Map.of("level", "HIGH", "venueIds", List.of(venue.get("id").asLong()),
				"from", now.minus(Duration.ofHours(1)).toString(), "to", now.plus(Duration.ofDays(1)).toString(),
				"reason", "聚集性疫情"));
		this.riskAreas.awaitMarked(area.get("id").asLong());
		JsonNode red = this.api.get("/api/v1/me/health-code", visitor.token()).expectStatus(200).json();
		assertThat(red.get("color").asString()).isEqualTo("RED");
		Instant setAt = Instant.parse(red.get("statusExpiresAt").asString()).minus(Duration.ofDays(7));
		assertThat(setAt).isBetween(now, this.clock.instant());

		// access tokens live 30 minutes: sign in again after each jump in time
		this.clock.advance(
				Duration.between(this.clock.instant(), setAt.plus(Duration.ofDays(7)).plus(Duration.ofMinutes(1))));
		JsonNode yellow = this.api.get("/api/v1/me/health-code", this.api.residentToken(phone))
			.expectStatus(200)
			.json();
		assertThat(yellow.get("color").asString()).isEqualTo("YELLOW");
		assertThat(Instant.parse(yellow.get("statusExpiresAt").asString())).isEqualTo(setAt.plus(Duration.ofDays(10)));
		this.clock.advance(Duration.ofDays(3));
		JsonNode green = this.api.get("/api/v1/me/health-code", this.api.residentToken(phone)).expectStatus(200).json();
		assertThat(green.get("color").asString()).isEqualTo("GREEN");
		assertThat(green.get("statusExpiresAt").isNull()).isTrue();
	}

	@Test
	void aMediumRiskDivisionCoversTheVenuesInsideIt() {
		Resident manager = this.people.registeredResident("蒋海波");
		JsonNode venue = venueIn(manager, "371102");
		Resident visitor = this.people.registeredResident("杜明轩");
		checkIn(visitor, venue);
		Instant now = this.clock.instant();

		JsonNode area = this.riskAreas.designate(
				Map.of("level", "MEDIUM", "divisionCode", "371100", "from", now.minus(Duration.ofHours(1)).toString(),
						"to", now.plus(Duration.ofHours(1)).toString(), "reason", "区域筛查"));
		this.riskAreas.awaitMarked(area.get("id").asLong());

		assertThat(this.people.color(visitor)).isEqualTo("YELLOW");
		assertThat(area.get("divisionName").asString()).isEqualTo("山东省日照市");
	}

	@Test
	void badDesignationsAndWithdrawalsAreProblemsThatChangeNothing() {
		Instant now = this.clock.instant();
		String from = now.minus(Duration.ofHours(1)).toString();
		String to = now.toString();
		int before = this.api.get("/api/v1/tracing/risk-areas", this.official).expectStatus(200).json().size();

		assertThat(problem(Map.of("level", "HIGH", "divisionCode", "371100", "from", to, "to", from, "reason", "x")))
			.isEqualTo("RISK_AREA_PERIOD_INVALID");
		assertThat(problem(Map.of("level", "HIGH", "divisionCode", "379999", "from", from, "to", to, "reason", "x")))
			.isEqualTo("RISK_AREA_DIVISION_UNKNOWN");
		assertThat(problem(Map.of("level", "HIGH", "from", from, "to", to, "reason", "x")))
			.isEqualTo("RISK_AREA_TARGET_REQUIRED");
		assertThat(problem(Map.of("level", "HIGH", "divisionCode", "371100", "venueIds", List.of(1), "from", from, "to",
				to, "reason", "x")))
			.isEqualTo("RISK_AREA_TARGET_REQUIRED");
		assertThat(problem(
				Map.of("level", "HIGH", "venueIds", List.of(Long.MAX_VALUE), "from", from, "to", to, "reason", "x")))
			.isEqualTo("RISK_AREA_VENUE_UNKNOWN");
		assertThat(this.api.get("/api/v1/tracing/risk-areas", this.official).expectStatus(200).json().size())
			.isEqualTo(before);

		assertThat(this.api.post("/api/v1/tracing/risk-areas/" + Long.MAX_VALUE + "/withdraw", Map.of(), this.official)
			.expectStatus(404)
			.problemCode()).isEqualTo("RISK_AREA_NOT_FOUND");
		Resident resident = this.people.registeredResident("石磊");
		assertThat(this.api.get("/api/v1/tracing/risk-areas", resident.token()).status()).isEqualTo(403);
		assertThat(this.api
			.post("/api/v1/tracing/risk-areas",
					Map.of("level", "HIGH", "divisionCode", "371100", "from", from, "to", to, "reason", "x"),
					resident.token())
			.status()).isEqualTo(403);
	}

	private String problem(Map<String, Object> request) {
		Response response = this.api.post("/api/v1/tracing/risk-areas", request, this.official);
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.header("Content-Type")).startsWith("application/problem+json");
		return response.problemCode();
	}

	private void checkIn(Resident resident, JsonNode venue) {
		this.api.post("/api/v1/checkins", Map.of("venueToken", venue.get("token").asString()), resident.token())
			.expectStatus(201);
	}

	private JsonNode venueIn(Resident manager, String divisionCode) {
		Map<String, Object> request = new LinkedHashMap<>();
		request.put("name", "日照测试超市 " + TestData.phone().substring(7));
		request.put("category", "CATERING_LODGING_RETAIL");
		request.put("subtype", "CATERING");
		request.put("divisionCode", divisionCode);
		request.put("address", "海滨二路 8 号");
		request.put("manager",
				Map.of("name", manager.name(), "phone", TestData.phone(), "idNumber", manager.idNumber()));
		return this.api.post("/api/v1/venues", request, manager.token()).expectStatus(201).json();
	}

}
