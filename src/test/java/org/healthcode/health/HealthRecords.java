package org.healthcode.health;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.healthcode.support.ApiClient;
import org.healthcode.support.People.Resident;
import org.healthcode.support.SiteStaff;

/**
 * Gives a resident a test result and vaccine doses the way the sites report them
 * (sampler, lab, vaccinator over the API), for tests of what the health code carries.
 */
final class HealthRecords {

	private final ApiClient api;

	private final String sampler;

	private final String lab;

	private final String vaccinator;

	HealthRecords(ApiClient api) {
		this.api = api;
		SiteStaff staff = new SiteStaff(api);
		this.sampler = staff.token("SAMPLER", "核验采样点", "370102");
		this.lab = staff.token("LAB", "核验检测机构", "370102");
		this.vaccinator = staff.token("VACCINATOR", "核验接种点", "370102");
	}

	/** Samples the resident alone in a tube and reports {@code result} for it. */
	void tested(Resident resident, String result, Instant testedAt) {
		String tube = "V" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36).toUpperCase();
		this.api.post("/api/v1/sampling/tubes", Map.of("tubeCode", tube, "poolSize", 1), this.sampler)
			.expectStatus(201);
		String token = this.api.get("/api/v1/me/health-code", resident.token())
			.expectStatus(200)
			.json()
			.get("token")
			.asString();
		this.api.post("/api/v1/sampling/tubes/" + tube + "/samples", Map.of("healthToken", token), this.sampler)
			.expectStatus(201);
		this.api.post("/api/v1/sampling/tubes/" + tube + "/close", Map.of(), this.sampler).expectStatus(200);
		this.api
			.post("/api/v1/lab/results",
					Map.of("results",
							List.of(Map.of("tubeCode", tube, "result", result, "testedAt", testedAt.toString()))),
					this.lab)
			.expectStatus(200);
	}

	/** Records doses 1..{@code doses} of the resident. */
	void vaccinated(Resident resident, int doses) {
		List<Map<String, Object>> records = new java.util.ArrayList<>();
		for (int dose = 1; dose <= doses; dose++) {
			records.add(Map.of("idNumber", resident.idNumber(), "name", resident.name(), "dose", dose, "product",
					"北京生物", "vaccinatedOn", "2021-0" + dose + "-01"));
		}
		this.api.post("/api/v1/vaccinations", Map.of("records", records), this.vaccinator).expectStatus(200);
	}

}
