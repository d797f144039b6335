package org.healthcode.checkin;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

import org.healthcode.support.ApiClient;
import org.healthcode.support.ApiClient.Response;
import org.healthcode.support.CheckInCounts;
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
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class CheckInIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	TestClock clock;

	@Autowired
	JdbcClient jdbc;

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
	void aScanRegistersTheResidentAndTheCompanionsAndShowsTheBlueResult() {
		Resident grandson = this.people.registeredResident("王小明");
		Resident manager = this.people.registeredResident("刘店长");
		JsonNode venue = this.people.venue(manager, "社区诊所");
		JsonNode grandma = this.people.companion(grandson, "李秀英", TestData.idNumber());

		Response response = this.api.post("/api/v1/checkins", Map.of("venueToken", venue.get("token").asString(),
				"companionIds", List.of(grandma.get("id").asLong()), "channel", "MINIPROGRAM_WECHAT"),
				grandson.token());

		assertThat(response.status()).isEqualTo(201);
		JsonNode result = response.json();
		assertThat(result.get("background").asString()).isEqualTo("BLUE");
		assertThat(result.get("venue").get("name").asString()).isEqualTo(venue.get("name").asString());
		assertThat(result.get("venue").get("address").asString()).isEqualTo("泉城路 188 号");
		assertThat(result.get("holder").get("maskedName").asString()).isEqualTo("王*明");
		assertThat(result.get("holder").get("color").asString()).isEqualTo("GREEN");
		assertThat(result.get("holder").get("access").asString()).isEqualTo("PASS");
		assertThat(result.get("holder").get("token").asString()).isNotBlank();
		assertThat(result.get("companions")).hasSize(1);
		assertThat(result.get("companions").get(0).get("maskedName").asString()).isEqualTo("李*英");
		assertThat(CheckInCounts.at(this.jdbc, venue)).isEqualTo(2);
		assertThat(this.jdbc.sql("select count(*) from checkin where venue_id = :v and channel = 'MINIPROGRAM_WECHAT'")
			.param("v", venue.get("id").asLong())
			.query(Integer.class)
			.single()).isEqualTo(2);
	}

	@Test
	void companionsMarkedWithMeComeAlongWhenNoneAreNamed() {
		Resident resident = this.people.registeredResident("周大福");
		JsonNode venue = this.people.venue(this.people.registeredResident("林经理"), "超市");
		this.people.companion(resident, "周小福", TestData.idNumber());
		long notWithMe = this.people.companion(resident, "周老福", TestData.idNumber()).get("id").asLong();
		this.api
			.send(this.api.request("/api/v1/me/companions/" + notWithMe, resident.token())
				.header("Content-Type", "application/json")
				.method("PATCH", java.net.http.HttpRequest.BodyPublishers.ofString("{\"withMe\":false}")))
			.expectStatus(200);

		JsonNode result = this.api
			.post("/api/v1/checkins", Map.of("venueToken", venue.get("token").asString()), resident.token())
			.expectStatus(201)
			.json();

		assertThat(result.get("companions")).hasSize(1);
		assertThat(result.get("companions").get(0).get("maskedName").asString()).isEqualTo("周*福");
		assertThat(CheckInCounts.at(this.jdbc, venue)).isEqualTo(2);
	}

	@Test
	void aRepeatScanWithinTwoMinutesReturnsTheSameEntry() {
		Resident resident = this.people.registeredResident("陈一");
		JsonNode venue = this.people.venue(this.people.registeredResident("陈店"), "面馆");
		Map<String, Object> scan = Map.of("venueToken", venue.get("token").asString(), "companionIds", List.of());

		JsonNode first = this.api.post("/api/v1/checkins", scan, resident.token()).expectStatus(201).json();
		this.clock.advance(Duration.ofSeconds(90));
		Response repeat = this.api.post("/api/v1/checkins", scan, resident.token());
		this.clock.advance(Duration.ofSeconds(60));
		Response later = this.api.post("/api/v1/checkins", scan, resident.token());

		assertThat(repeat.status()).isEqualTo(200);
		assertThat(repeat.json().get("id").asLong()).isEqualTo(first.get("id").asLong());
		assertThat(repeat.json().get("repeated").asBoolean()).isTrue();
		assertThat(later.status()).isEqualTo(201);
		assertThat(later.json().get("id").asLong()).isNotEqualTo(first.get("id").asLong());
		assertThat(CheckInCounts.at(this.jdbc, venue)).isEqualTo(2);
	}

	@Test
	void yellowAndRedHoldersAreRegisteredAndToldTheirEntryIsRestrictedOrRefused() {
		Resident yellow = this.people.registeredResident("黄一");
		Resident red = this.people.registeredResident("洪二");
		this.people.setColor(yellow.idNumber(), "YELLOW", "RISK_AREA_VISIT");
		this.people.setColor(red.idNumber(), "RED", "CLOSE_CONTACT");
		JsonNode venue = this.people.venue(this.people.registeredResident("门卫"), "商场");
		Map<String, Object> scan = Map.of("venueToken", venue.get("token").asString(), "companionIds", List.of());

		JsonNode yellowResult = this.api.post("/api/v1/checkins", scan, yellow.token()).expectStatus(201).json();
		JsonNode redResult = this.api.post("/api/v1/checkins", scan, red.token()).expectStatus(201).json();

		assertThat(yellowResult.get("holder").get("access").asString()).isEqualTo("RESTRICTED");
		assertThat(redResult.get("holder").get("color").asString()).isEqualTo("RED");
		assertThat(redResult.get("holder").get("access").asString()).isEqualTo("REFUSED");
		assertThat(CheckInCounts.at(this.jdbc, venue)).isEqualTo(2);
	}

	@Test
	void forgedSuspendedAndRegeneratedCodesRegisterNothing() {
		Resident resident = this.people.registeredResident("郑重");
		Resident manager = this.people.registeredResident("郑经理");
		JsonNode venue = this.people.venue(manager, "酒店");
		String token = venue.get("token").asString();
		String forged = token.substring(0, 3) + (token.charAt(3) == 'A' ? 'B' : 'A') + token.substring(4);

		Response forgedScan = this.api.post("/api/v1/checkins", Map.of("venueToken", forged), resident.token());
		this.api.post("/api/v1/venues/" + venue.get("id").asLong() + "/suspend", Map.of(), manager.token())
			.expectStatus(200);
		Response suspendedScan = this.api.post("/api/v1/checkins", Map.of("venueToken", token), resident.token());
		this.api.post("/api/v1/venues/" + venue.get("id").asLong() + "/reactivate", Map.of(), manager.token())
			.expectStatus(200);
		this.api.post("/api/v1/venues/" + venue.get("id").asLong() + "/regenerate", Map.of(), manager.token())
			.expectStatus(200);
		Response regeneratedScan = this.api.post("/api/v1/checkins", Map.of("venueToken", token), resident.token());

		assertThat(forgedScan.status()).isEqualTo(400);
		assertThat(forgedScan.problemCode()).isEqualTo("VENUE_TOKEN_INVALID");
		assertThat(suspendedScan.problemCode()).isEqualTo("VENUE_SUSPENDED");
		assertThat(regeneratedScan.problemCode()).isEqualTo("VENUE_CODE_REGENERATED");
		assertThat(CheckInCounts.at(this.jdbc, venue)).isZero();
	}

	@Test
	void withoutRealNameOrWithSomeoneElsesCompanionNothingIsRegistered() {
		String unregistered = this.api.residentToken(TestData.phone());
		Resident resident = this.people.registeredResident("冯一");
		Resident other = this.people.registeredResident("冯二");
		long othersCompanion = this.people.companion(other, "冯小二", TestData.idNumber()).get("id").asLong();
		JsonNode venue = this.people.venue(this.people.registeredResident("冯店"), "药店");

		Response noProfile = this.api.post("/api/v1/checkins", Map.of("venueToken", venue.get("token").asString()),
				unregistered);
		Response foreign = this.api.post("/api/v1/checkins",
				Map.of("venueToken", venue.get("token").asString(), "companionIds", List.of(othersCompanion)),
				resident.token());
		Response badBody = this.api.postRaw("/api/v1/checkins", "application/json", "{\"companionIds\":\"x\"}",
				resident.token());
		Response badChannel = this.api.post("/api/v1/checkins",
				Map.of("venueToken", venue.get("token").asString(), "channel", "FAX"), resident.token());

		assertThat(noProfile.status()).isEqualTo(409);
		assertThat(noProfile.problemCode()).isEqualTo("PROFILE_REQUIRED");
		assertThat(foreign.status()).isEqualTo(404);
		assertThat(foreign.problemCode()).isEqualTo("COMPANION_NOT_FOUND");
		assertThat(badBody.status()).isEqualTo(400);
		assertThat(badChannel.status()).isEqualTo(400);
		assertThat(CheckInCounts.at(this.jdbc, venue)).isZero();
	}

	@Test
	void theTripRecordHoldsOwnEntriesAndThoseMadeForCompanions() {
		Resident resident = this.people.registeredResident("蒋一");
		JsonNode venueA = this.people.venue(this.people.registeredResident("蒋店"), "图书馆");
		JsonNode venueB = this.people.venue(this.people.registeredResident("沈店"), "博物馆");
		long companion = this.people.companion(resident, "蒋小一", TestData.idNumber()).get("id").asLong();
		this.api
			.post("/api/v1/checkins",
					Map.of("venueToken", venueA.get("token").asString(), "companionIds", List.of(companion)),
					resident.token())
			.expectStatus(201);
		this.api
			.post("/api/v1/checkins", Map.of("venueToken", venueB.get("token").asString(), "companionIds", List.of()),
					resident.token())
			.expectStatus(201);

		JsonNode trips = this.api.get("/api/v1/me/checkins", resident.token()).expectStatus(200).json();

		assertThat(trips).hasSize(3);
		assertThat(trips.get(0).get("venueName").asString()).isEqualTo(venueB.get("name").asString());
		assertThat(trips.findValuesAsString("maskedName")).containsExactlyInAnyOrder("蒋*", "蒋*一", "蒋*");
		assertThat(trips.toString()).doesNotContain(resident.idNumber());
		Resident stranger = this.people.registeredResident("韩一");
		assertThat(this.api.get("/api/v1/me/checkins", stranger.token()).json()).isEmpty();
	}

	@Test
	void aManagerSeesTodaysEntriesOfTheirVenueOnlyMaskedAndCounted() {
		Resident manager = this.people.registeredResident("杨经理");
		JsonNode venue = this.people.venue(manager, "餐厅");
		Resident green = this.people.registeredResident("杨一");
		Resident red = this.people.registeredResident("杨二");
		this.people.setColor(red.idNumber(), "RED", "CONFIRMED");
		for (Resident visitor : List.of(green, red)) {
			this.api
				.post("/api/v1/checkins",
						Map.of("venueToken", venue.get("token").asString(), "companionIds", List.of()), visitor.token())
				.expectStatus(201);
		}
		String path = "/api/v1/venues/" + venue.get("id").asLong() + "/entries";

		JsonNode day = this.api.get(path, manager.token()).expectStatus(200).json();

		assertThat(day.get("total").asInt()).isEqualTo(2);
		assertThat(day.get("byColor").get("GREEN").asInt()).isEqualTo(1);
		assertThat(day.get("byColor").get("RED").asInt()).isEqualTo(1);
		assertThat(day.get("byHour")).hasSize(24);
		assertThat(day.get("alerts")).hasSize(1);
		assertThat(day.get("alerts").get(0).get("maskedName").asString()).isEqualTo("杨*");
		assertThat(day.toString()).doesNotContain(red.idNumber()).doesNotContain("杨二");
		assertThat(this.api.get(path, green.token()).status()).isEqualTo(404);
		assertThat(this.api.get(path, this.api.officialToken()).status()).isEqualTo(403);
		assertThat(this.api.get(path + "?date=not-a-date", manager.token()).status()).isEqualTo(400);
	}

}
