package org.healthcode.support;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.healthcode.support.People.Resident;

/**
 * Gives people a nucleic-acid test and vaccination doses the way the sites report them
 * (sampler, lab, vaccinator over the API), for tests of the screens that show them.
 */
public final class HealthFacts {

	private final ApiClient api;

	private final String sampler;

	private final String lab;

	private final String vaccinator;

	public HealthFacts(ApiClient api) {
		this.api = api;
		SiteStaff staff = new SiteStaff(api);
		this.sampler = staff.token("SAMPLER", "屏幕采样点", "370102");
		this.lab = staff.token("LAB", "屏幕检测机构", "370102");
		this.vaccinator = staff.token("VACCINATOR", "屏幕接种点", "370102");
	}

	/** A single tube sampled from the resident's shown code; returns the tube code. */
	public String sampled(Resident resident) {
		String token = this.api.get("/api/v1/me/health-code", resident.token())
			.expectStatus(200)
			.json()
			.get("token")
			.asString();
		return sampledWith(Map.of("healthToken", token));
	}

	/** A single tube sampled from someone without a phone, by ID number and name. */
	public String sampled(String idNumber, String name) {
		return sampledWith(Map.of("idNumber", idNumber, "name", name));
	}

	/**
	 * The lab reports the tube (NEGATIVE, POSITIVE or INVALID) as tested at {@code at}.
	 */
	public void report(String tube, String result, Instant at) {
		this.api
			.post("/api/v1/lab/results",
					Map.of("results", List.of(Map.of("tubeCode", tube, "result", result, "testedAt", at.toString()))),
					this.lab)
			.expectStatus(200);
	}

	/** Doses 1..{@code doses} for the person, a month apart in 2021. */
	public void vaccinated(String idNumber, String name, int doses) {
		List<Map<String, Object>> records = new ArrayList<>();
		for (int dose = 1; dose <= doses; dose++) {
			Map<String, Object> record = new LinkedHashMap<>();
			record.put("idNumber", idNumber);
			record.put("name", name);
			record.put("dose", dose);
			record.put("product", "北京生物");
			record.put("vaccinatedOn", "2021-0" + dose + "-01");
			records.add(record);
		}
		this.api.post("/api/v1/vaccinations", Map.of("records", records), this.vaccinator).expectStatus(200);
	}

	private String sampledWith(Map<String, Object> sample) {
		String tube = "S" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36).toUpperCase();
		this.api.post("/api/v1/sampling/tubes", Map.of("tubeCode", tube, "poolSize", 1), this.sampler)
			.expectStatus(201);
		this.api.post("/api/v1/sampling/tubes/" + tube + "/samples", sample, this.sampler).expectStatus(201);
		this.api.post("/api/v1/sampling/tubes/" + tube + "/close", Map.of(), this.sampler).expectStatus(200);
		return tube;
	}

}
