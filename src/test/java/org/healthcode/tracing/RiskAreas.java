package org.healthcode.tracing;

import java.time.Duration;
import java.util.Map;

import org.healthcode.support.ApiClient;
import org.healthcode.support.Deadline;
import tools.jackson.databind.JsonNode;

/** An official designating risk areas over the API and waiting for their marking. */
final class RiskAreas {

	private final ApiClient api;

	private final String official;

	RiskAreas(ApiClient api, String official) {
		this.api = api;
		this.official = official;
	}

	/** Designates and answers the accepted designation (202). */
	JsonNode designate(Map<String, Object> request) {
		return this.api.post("/api/v1/tracing/risk-areas", request, this.official).expectStatus(202).json();
	}

	/** Waits until the designation's marking is done and answers the designation then. */
	JsonNode awaitMarked(long id) {
		JsonNode[] area = new JsonNode[1];
		Deadline.of(Duration.ofSeconds(20)).await(() -> {
			area[0] = this.api.get("/api/v1/tracing/risk-areas/" + id, this.official).expectStatus(200).json();
			return "DONE".equals(area[0].get("marking").get("status").asString());
		});
		return area[0];
	}

}
