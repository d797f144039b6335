package org.healthcode.checkin;

import java.net.http.HttpResponse;
import java.util.Map;

import tools.jackson.databind.JsonNode;

import org.healthcode.support.ApiClient;
import org.healthcode.support.CheckInCounts;
import org.healthcode.support.IntegrationTest;
import org.healthcode.support.PageSession;
import org.healthcode.support.People;
import org.healthcode.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The scan page without JavaScript: the GET only shows, the button registers. */
@IntegrationTest
class ScanPageIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	People people;

	@BeforeEach
	void setUp() {
		this.people = new People(new ApiClient(this.port));
	}

	@Test
	void openingTheScanLinkChangesNothingAndTheFallbackButtonRegisters() {
		JsonNode venue = this.people.venue(this.people.registeredResident("马经理"), "农贸市场");
		String path = scanPath(venue);
		PageSession page = new PageSession(this.port);
		page.loginResident(TestData.phone());
		page.post("/me/profile", "/me/profile", Map.of("name", "马小跳", "idNumber", TestData.idNumber()));

		HttpResponse<String> shown = page.get(path);

		assertThat(shown.statusCode()).isEqualTo(200);
		assertThat(shown.body()).contains(venue.get("name").asString()).contains("id=\"checkin-submit\"");
		assertThat(CheckInCounts.at(this.jdbc, venue)).isZero();

		HttpResponse<String> registered = page.post(path, path, Map.of());

		assertThat(registered.statusCode()).isEqualTo(302);
		assertThat(registered.headers().firstValue("Location").orElseThrow()).contains("/checkins/");
		assertThat(CheckInCounts.at(this.jdbc, venue)).isEqualTo(1);
	}

	@Test
	void aSuspendedCodeShowsAClearMessageAndRegistersNothing() {
		People.Resident manager = this.people.registeredResident("牛经理");
		JsonNode venue = this.people.venue(manager, "网吧");
		new ApiClient(this.port)
			.post("/api/v1/venues/" + venue.get("id").asLong() + "/suspend", Map.of(), manager.token())
			.expectStatus(200);
		PageSession page = new PageSession(this.port);
		page.loginResident(TestData.phone());

		HttpResponse<String> shown = page.get(scanPath(venue));

		assertThat(shown.statusCode()).isEqualTo(409);
		assertThat(shown.body()).contains("暂停").doesNotContain("Exception");
		assertThat(CheckInCounts.at(this.jdbc, venue)).isZero();
	}

	@Test
	void aGarbledCodeIsABadRequestPage() {
		PageSession page = new PageSession(this.port);
		page.loginResident(TestData.phone());

		HttpResponse<String> shown = page.get("/s/not-a-token");

		assertThat(shown.statusCode()).isEqualTo(400);
		assertThat(shown.body()).doesNotContain("Exception");
	}

	private String scanPath(JsonNode venue) {
		String scanUrl = venue.get("scanUrl").asString();
		return scanUrl.substring(scanUrl.indexOf("/s/"));
	}

}
