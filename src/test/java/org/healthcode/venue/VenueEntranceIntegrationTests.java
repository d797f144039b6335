package org.healthcode.venue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.healthcode.support.ApiClient;
import org.healthcode.support.ApiClient.Response;
import org.healthcode.support.IntegrationTest;
import org.healthcode.support.PageSession;
import org.healthcode.support.People;
import org.healthcode.support.People.Resident;
import org.healthcode.support.TestClock;
import org.healthcode.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Entrances over HTTP: a manager adds them, each has a code and a poster of its own,
 * entries through an entrance's code record it and the day view counts by entrance.
 */
@IntegrationTest
class VenueEntranceIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestClock clock;

	ApiClient api;

	People people;

	Resident manager;

	JsonNode venue;

	@BeforeEach
	void setUp() {
		this.api = new ApiClient(this.port);
		this.people = new People(this.api);
		this.manager = this.people.registeredResident("孙经理");
		this.venue = this.people.venue(this.manager, "多门商场");
	}

	@Test
	void anEntranceHasItsOwnCodeAndPosterAndOnlyTheManagerAddsOne() throws IOException {
		JsonNode east = add("东门").expectStatus(201).json();

		assertThat(east.get("name").asString()).isEqualTo("东门");
		assertThat(east.get("token").asString()).isNotEqualTo(this.venue.get("token").asString());
		assertThat(east.get("scanUrl").asString()).endsWith("/s/" + east.get("token").asString());
		assertThat(this.api.get(path() + "/entrances", this.manager.token()).expectStatus(200).json())
			.extracting(node -> node.get("name").asString())
			.containsExactly("东门");
		byte[] pdf = this.api
			.get(path() + "/entrances/" + east.get("id").asLong() + "/poster.pdf", this.manager.token())
			.expectStatus(200)
			.body();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(new PDFTextStripper().getText(document)).contains(this.venue.get("name").asString() + "（东门）",
					"生成日期");
			assertThat(QrImages.decode(new PDFRenderer(document).renderImageWithDPI(0, 150)).getText())
				.isEqualTo(east.get("scanUrl").asString());
		}

		Resident stranger = this.people.registeredResident("钱路人");
		Response refused = this.api.post(path() + "/entrances", Map.of("name", "西门"), stranger.token());
		assertThat(refused.status()).isEqualTo(404);
		assertThat(refused.problemCode()).isEqualTo("VENUE_NOT_FOUND");
		assertThat(this.api.get(path() + "/entrances/" + east.get("id").asLong() + "/poster.pdf", stranger.token())
			.status()).isEqualTo(404);
		assertThat(this.api.get(path() + "/entrances/999999999/poster.pdf", this.manager.token()).problemCode())
			.isEqualTo("ENTRANCE_NOT_FOUND");
		assertThat(add(" ").status()).isEqualTo(400);
		assertThat(add("一".repeat(31)).status()).isEqualTo(400);
		assertThat(this.api.get(path() + "/entrances", this.manager.token()).json().size()).isEqualTo(1);
	}

	@Test
	void entriesThroughAnEntranceRecordItAndTheDayViewCountsByEntrance() {
		JsonNode east = add("东门").expectStatus(201).json();
		JsonNode west = add("西门").expectStatus(201).json();
		Resident first = this.people.registeredResident("周一");
		Resident second = this.people.registeredResident("吴二");
		Resident third = this.people.registeredResident("郑三");

		long viaEast = checkIn(first, east.get("token").asString());
		checkIn(second, east.get("token").asString());
		long viaVenue = checkIn(third, this.venue.get("token").asString());

		assertThat(entranceOf(viaEast)).isEqualTo(east.get("id").asLong());
		assertThat(entranceOf(viaVenue)).isZero();
		JsonNode day = this.api.get(path() + "/entries", this.manager.token()).expectStatus(200).json();
		assertThat(day.get("total").asInt()).isEqualTo(3);
		JsonNode byEntrance = day.get("byEntrance");
		assertThat(byEntrance).hasSize(3);
		assertThat(byEntrance.get(0).get("entranceId").isNull()).isTrue();
		assertThat(byEntrance.get(0).get("count").asInt()).isEqualTo(1);
		assertThat(byEntrance.get(1).get("name").asString()).isEqualTo("东门");
		assertThat(byEntrance.get(1).get("count").asInt()).isEqualTo(2);
		assertThat(byEntrance.get(2).get("entranceId").asLong()).isEqualTo(west.get("id").asLong());
		assertThat(byEntrance.get(2).get("count").asInt()).isZero();
	}

	@Test
	void regeneratingTheVenueCodeRetiresItsEntrancesCodesToo() {
		JsonNode east = add("东门").expectStatus(201).json();
		this.api.post(path() + "/regenerate", Map.of(), this.manager.token()).expectStatus(200);
		Resident visitor = this.people.registeredResident("冯四");

		Response old = this.api.post("/api/v1/checkins",
				Map.of("venueToken", east.get("token").asString(), "companionIds", List.of()), visitor.token());

		assertThat(old.status()).isEqualTo(410);
		assertThat(old.problemCode()).isEqualTo("VENUE_CODE_REGENERATED");
		String current = this.api.get(path() + "/entrances", this.manager.token())
			.json()
			.get(0)
			.get("token")
			.asString();
		checkIn(visitor, current);
	}

	@Test
	void theDetailPageListsEntrancesAndAddsOneAndTheDayPageCountsByEntrance() {
		String phone = TestData.phone();
		String idNumber = TestData.idNumber();
		Resident manager = new Resident(this.api.residentToken(phone), "孙经理", idNumber);
		this.api.put("/api/v1/me/profile", Map.of("name", "孙经理", "idNumber", idNumber), manager.token())
			.expectStatus(200);
		JsonNode venue = this.people.venue(manager, "页面多门");
		PageSession page = new PageSession(this.port);
		// the same phone signs in to the pages a minute later (the SMS code interval)
		this.clock.advance(Duration.ofSeconds(61));
		try {
			page.loginResident(phone);
		}
		finally {
			this.clock.reset();
		}
		String detail = "/venues/" + venue.get("id").asLong();

		HttpResponse<String> added = page.post(detail, detail + "/entrances", Map.of("name", "北门"));

		assertThat(added.statusCode()).isLessThan(400);
		String html = page.get(detail).body();
		assertThat(html).contains("出入口", "北门", detail + "/entrances/");
		assertThat(page.get(detail + "/entries").body()).contains("按出入口统计", "北门");
	}

	private Response add(String name) {
		return this.api.post(path() + "/entrances", Map.of("name", name), this.manager.token());
	}

	private long checkIn(Resident resident, String token) {
		return this.api
			.post("/api/v1/checkins", Map.of("venueToken", token, "companionIds", List.of()), resident.token())
			.expectStatus(201)
			.json()
			.get("id")
			.asLong();
	}

	/** The entrance an entry recorded, 0 for none. */
	private long entranceOf(long checkInId) {
		return this.jdbc.sql("select coalesce(entrance_id, 0) from checkin where id = :id")
			.param("id", checkInId)
			.query(Long.class)
			.single();
	}

	private String path() {
		return "/api/v1/venues/" + this.venue.get("id").asLong();
	}

}
