package org.healthcode.checkin;

import java.net.http.HttpResponse;
import java.util.Map;

import org.healthcode.support.ApiClient;
import org.healthcode.support.IntegrationTest;
import org.healthcode.support.PageSession;
import org.healthcode.support.People;
import org.healthcode.support.People.Resident;
import org.healthcode.support.TestData;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The gate console: only the venue's guards open it; a registration by ID number shows
 * its verdict once, and the number typed is never shown back.
 */
@IntegrationTest
class GatePageIntegrationTests {

	@LocalServerPort
	int port;

	@Test
	void aGuardRegistersAVisitorWithoutAPhoneAndSeesTheVerdictOnce() {
		ApiClient api = new ApiClient(this.port);
		People people = new People(api);
		Resident manager = people.registeredResident("门卫页经理");
		long venue = people.venue(manager, "门岗页测试超市").get("id").asLong();
		String phone = TestData.phone();
		api.post("/api/v1/venues/" + venue + "/staff", Map.of("phone", phone), manager.token()).expectStatus(201);
		Resident visitor = people.registeredResident("聂秀兰");
		PageSession guard = new PageSession(this.port);
		guard.loginResident(phone);
		String console = "/venues/" + venue + "/gate";
		assertThat(guard.get("/venues").body()).contains("href=\"" + console + "\"");

		HttpResponse<String> posted = guard.post(console, console + "/identity",
				Map.of("idNumber", visitor.idNumber(), "name", visitor.name()));
		assertThat(posted.statusCode()).isEqualTo(302);
		String shown = guard.get(console).body();

		assertThat(shown).contains("id=\"gate-result\"")
			.contains("data-verdict=\"PASS\"")
			.contains("data-sound=\"chime\"")
			.contains("聂*兰")
			.doesNotContain(visitor.idNumber());
		assertThat(guard.get(console).body()).doesNotContain("id=\"gate-result\"");

		PageSession stranger = new PageSession(this.port);
		stranger.loginResident(TestData.phone());
		assertThat(stranger.get(console).statusCode()).isEqualTo(404);
	}

}
