package org.healthcode.support;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import tools.jackson.databind.JsonNode;

/**
 * Builds the cast of a scenario over the real API: registered residents, their venues and
 * the officials' status changes. Every call uses fresh personal data.
 */
public final class People {

	private final ApiClient api;

	public People(ApiClient api) {
		this.api = api;
	}

	/** A resident who logged in and registered their real name. */
	public Resident registeredResident(String name) {
		String idNumber = TestData.idNumber();
		String token = this.api.residentToken(TestData.phone());
		this.api.put("/api/v1/me/profile", Map.of("name", name, "idNumber", idNumber), token).expectStatus(200);
		return new Resident(token, name, idNumber);
	}

	/**
	 * A venue applied for by {@code manager}; returns its JSON (id, token, scanUrl, ...).
	 */
	public JsonNode venue(Resident manager, String name) {
		return venue(manager, name, "370102");
	}

	/** A venue in the given county-level division. */
	public JsonNode venue(Resident manager, String name, String divisionCode) {
		Map<String, Object> request = new LinkedHashMap<>();
		request.put("name", name + " " + Integer.toString(ThreadLocalRandom.current().nextInt(1 << 30), 36));
		request.put("category", "CATERING_LODGING_RETAIL");
		request.put("subtype", "CATERING");
		request.put("divisionCode", divisionCode);
		request.put("address", "泉城路 188 号");
		request.put("manager",
				Map.of("name", manager.name(), "phone", TestData.phone(), "idNumber", manager.idNumber()));
		return this.api.post("/api/v1/venues", request, manager.token()).expectStatus(201).json();
	}

	/**
	 * Adds a companion to a resident; returns the entry as the resident then reads it
	 * (id, maskedName, state, color...). A person with an account of their own is
	 * {@code AWAITING_CONFIRMATION} until they accept ({@link #linkedCompanion}).
	 */
	public JsonNode companion(Resident owner, String name, String idNumber) {
		long id = this.api
			.post("/api/v1/me/companions", Map.of("name", name, "idNumber", idNumber, "relation", "GRANDPARENT"),
					owner.token())
			.expectStatus(201)
			.json()
			.get("id")
			.asLong();
		return this.api.get("/api/v1/me/companions/" + id, owner.token()).expectStatus(200).json();
	}

	/**
	 * A resident with an account of their own added as {@code owner}'s companion and
	 * accepted from their account; returns the entry as {@code owner} then reads it.
	 */
	public JsonNode linkedCompanion(Resident owner, Resident person) {
		long id = companion(owner, person.name(), person.idNumber()).get("id").asLong();
		this.api.post("/api/v1/me/companion-requests/" + id + "/accept", Map.of(), person.token()).expectStatus(200);
		return this.api.get("/api/v1/me/companions/" + id, owner.token()).expectStatus(200).json();
	}

	/** An official sets a person's colour. */
	public void setColor(String idNumber, String color, String reason) {
		this.api
			.put("/api/v1/health-status", Map.of("idNumber", idNumber, "color", color, "reason", reason),
					this.api.officialToken())
			.expectStatus(200);
	}

	/** The colour the resident's own health code shows now. */
	public String color(Resident resident) {
		return this.api.get("/api/v1/me/health-code", resident.token())
			.expectStatus(200)
			.json()
			.get("color")
			.asString();
	}

	/** A signed-in resident with a real-name profile. */
	public record Resident(String token, String name, String idNumber) {
	}

}
