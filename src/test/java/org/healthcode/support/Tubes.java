package org.healthcode.support;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.healthcode.support.ApiClient.Response;
import org.healthcode.support.People.Resident;

/** Fills and closes tubes and reports their results over the API, for testing tests. */
public final class Tubes {

	private final ApiClient api;

	private final String sampler;

	private final String lab;

	public Tubes(ApiClient api, String sampler, String lab) {
		this.api = api;
		this.sampler = sampler;
		this.lab = lab;
	}

	public static String code() {
		return "T" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36).toUpperCase();
	}

	/**
	 * A closed tube of {@code poolSize} holding these residents (by their shown code).
	 */
	public String sampled(int poolSize, Resident... residents) {
		String tube = code();
		this.api.post("/api/v1/sampling/tubes", Map.of("tubeCode", tube, "poolSize", poolSize), this.sampler)
			.expectStatus(201);
		for (Resident resident : residents) {
			String token = this.api.get("/api/v1/me/health-code", resident.token())
				.expectStatus(200)
				.json()
				.get("token")
				.asString();
			this.api.post("/api/v1/sampling/tubes/" + tube + "/samples", Map.of("healthToken", token), this.sampler)
				.expectStatus(201);
		}
		this.api.post("/api/v1/sampling/tubes/" + tube + "/close", Map.of(), this.sampler).expectStatus(200);
		return tube;
	}

	public Response report(String tube, String result, Instant testedAt) {
		return this.api.post("/api/v1/lab/results",
				Map.of("results", List.of(Map.of("tubeCode", tube, "result", result, "testedAt", testedAt.toString()))),
				this.lab);
	}

	public Response report(List<Map<String, String>> results) {
		return this.api.post("/api/v1/lab/results", Map.of("results", new ArrayList<>(results)), this.lab);
	}

}
