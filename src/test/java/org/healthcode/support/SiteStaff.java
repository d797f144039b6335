package org.healthcode.support;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Creates samplers, labs and vaccinators through the administrator's API and logs them
 * in; each call makes a fresh username, and sites are named by the caller.
 */
public final class SiteStaff {

	private static final String PASSWORD = "site-staff-password-1";

	private final ApiClient api;

	public SiteStaff(ApiClient api) {
		this.api = api;
	}

	public static final String SITE_PASSWORD = PASSWORD;

	/** A new account of {@code role} at the site; returns its bearer token. */
	public String token(String role, String siteName, String divisionCode) {
		return this.api.staffToken(create(role, siteName, divisionCode), PASSWORD);
	}

	/** A new account of {@code role} at the site; returns its username. */
	public String create(String role, String siteName, String divisionCode) {
		String username = role.toLowerCase(java.util.Locale.ROOT) + "-"
				+ Integer.toString(ThreadLocalRandom.current().nextInt(1 << 30), 36);
		Map<String, Object> request = new LinkedHashMap<>();
		request.put("username", username);
		request.put("password", PASSWORD);
		request.put("role", role);
		request.put("displayName", "站点人员");
		request.put("site", Map.of("name", siteName, "divisionCode", divisionCode));
		this.api.post("/api/v1/admin/staff", request, this.api.adminToken()).expectStatus(201);
		return username;
	}

}
