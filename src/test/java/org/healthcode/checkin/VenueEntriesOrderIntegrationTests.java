package org.healthcode.checkin;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.healthcode.support.ApiClient;
import org.healthcode.support.IntegrationTest;
import org.healthcode.support.People;
import org.healthcode.support.People.Resident;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class VenueEntriesOrderIntegrationTests {

	@LocalServerPort
	int port;

	@Test
	void entriesAtTheSameMomentComeBackNewestRegisteredFirstEveryTime() {
		ApiClient api = new ApiClient(this.port);
		People people = new People(api);
		Resident manager = people.registeredResident("孙经理");
		JsonNode venue = people.venue(manager, "书店");
		// the test clock stands still: every entry has the same time
		for (String name : List.of("孙一", "孙二", "孙三", "孙四")) {
			api.post("/api/v1/checkins", Map.of("venueToken", venue.get("token").asString()),
					people.registeredResident(name).token())
				.expectStatus(201);
		}
		String path = "/api/v1/venues/" + venue.get("id").asLong() + "/entries";

		List<Long> first = ids(api.get(path, manager.token()).expectStatus(200).json());
		List<Long> second = ids(api.get(path, manager.token()).expectStatus(200).json());

		assertThat(first).hasSize(4).isEqualTo(second);
		assertThat(first).isSortedAccordingTo((a, b) -> Long.compare(b, a));
	}

	private static List<Long> ids(JsonNode day) {
		List<Long> ids = new ArrayList<>();
		day.get("entries").forEach(entry -> ids.add(entry.get("id").asLong()));
		return ids;
	}

}
