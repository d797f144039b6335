package org.healthcode.tracing;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

import org.healthcode.support.ApiClient;
import org.healthcode.support.People;
import org.healthcode.support.People.Resident;
import org.healthcode.support.TestClock;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.awaitility.Awaitility.await;

/**
 * Check-ins over the real API at chosen moments, the officials' tracing calls and audit
 * look-ups.
 */
final class TracingScenario {

	final ApiClient api;

	final People people;

	final TestClock clock;

	final JdbcClient jdbc;

	final String official;

	TracingScenario(ApiClient api, TestClock clock, JdbcClient jdbc) {
		this.api = api;
		this.people = new People(api);
		this.clock = clock;
		this.jdbc = jdbc;
		this.official = api.officialToken();
	}

	JsonNode checkIn(Resident resident, JsonNode venue, Long... companionIds) {
		return this.api
			.post("/api/v1/checkins",
					Map.of("venueToken", venue.get("token").asString(), "companionIds", List.of(companionIds)),
					resident.token())
			.expectStatus(201)
			.json();
	}

	void advance(Duration duration) {
		this.clock.advance(duration);
	}

	/** A period around the test's moments: a day before now to a day after. */
	Map<String, Object> period(String idNumber) {
		Map<String, Object> body = new LinkedHashMap<>();
		if (idNumber != null) {
			body.put("idNumber", idNumber);
		}
		Instant now = this.clock.instant();
		body.put("from", now.minus(Duration.ofDays(1)).toString());
		body.put("to", now.plus(Duration.ofDays(1)).toString());
		return body;
	}

	JsonNode contacts(String idNumber, Object... extra) {
		Map<String, Object> body = period(idNumber);
		for (int i = 0; i < extra.length; i += 2) {
			body.put((String) extra[i], extra[i + 1]);
		}
		return this.api.post("/api/v1/tracing/contacts", body, this.official).expectStatus(200).json();
	}

	/**
	 * The internal person id an official sees in results (read through a trajectory
	 * query).
	 */
	long personId(String idNumber) {
		return this.api.post("/api/v1/tracing/trajectory", period(idNumber), this.official)
			.expectStatus(200)
			.json()
			.get("person")
			.get("personId")
			.asLong();
	}

	static JsonNode contactWithId(JsonNode result, long personId) {
		for (JsonNode contact : result.get("contacts")) {
			if (contact.get("person").get("personId").asLong() == personId) {
				return contact;
			}
		}
		return null;
	}

	JsonNode awaitJob(long id) {
		return await().atMost(Duration.ofSeconds(30))
			.pollInterval(Duration.ofMillis(100))
			.until(() -> this.api.get("/api/v1/tracing/jobs/" + id, this.official).expectStatus(200).json(),
					job -> !"RUNNING".equals(job.get("status").asString()));
	}

	int auditRows(long personId, String action) {
		return this.jdbc.sql("select count(*) from audit_event where person_id = :person and action = :action")
			.param("person", personId)
			.param("action", action)
			.query(Integer.class)
			.single();
	}

	int historyRows(long personId) {
		return this.jdbc.sql("select count(*) from health_status where person_id = :person")
			.param("person", personId)
			.query(Integer.class)
			.single();
	}

}
