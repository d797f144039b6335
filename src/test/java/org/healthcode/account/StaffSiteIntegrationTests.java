package org.healthcode.account;

import java.util.LinkedHashMap;
import java.util.Map;

import org.healthcode.support.ApiClient;
import org.healthcode.support.ApiClient.Response;
import org.healthcode.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class StaffSiteIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	AccountService accounts;

	ApiClient api;

	@BeforeEach
	void setUp() {
		this.api = new ApiClient(this.port);
	}

	@Test
	void samplersLabsAndVaccinatorsAreCreatedWithTheirSite() {
		for (String role : new String[] { "SAMPLER", "LAB", "VACCINATOR" }) {
			String username = "site-" + role.toLowerCase() + "-" + System.nanoTime() % 100000;
			Response created = create(username, role, Map.of("name", "泉城路采样点", "divisionCode", "370102"));

			created.expectStatus(201);
			assertThat(created.json().get("site").get("name").asString()).isEqualTo("泉城路采样点");
			String token = this.api.staffToken(username, "site-staff-password-1");
			assertThat(this.api.get("/api/v1/session", token).expectStatus(200).json().get("role").asString())
				.isEqualTo(role);
		}
	}

	@Test
	void staffOfTheSameSiteShareItAndTheSiteIsReadable() {
		String first = "site-a-" + System.nanoTime() % 100000;
		String second = "site-b-" + System.nanoTime() % 100000;
		create(first, "SAMPLER", Map.of("name", "共享采样点", "divisionCode", "370103")).expectStatus(201);
		create(second, "SAMPLER", Map.of("name", "共享采样点", "divisionCode", "370103")).expectStatus(201);

		StaffSite a = this.accounts.siteOf(this.accounts.signInStaff(first, "site-staff-password-1", "192.0.2.9"))
			.orElseThrow();
		StaffSite b = this.accounts.siteOf(this.accounts.signInStaff(second, "site-staff-password-1", "192.0.2.9"))
			.orElseThrow();

		assertThat(a).isEqualTo(b);
		assertThat(a.divisionCode()).isEqualTo("370103");
	}

	@Test
	void aSiteIsRequiredForSiteStaffAndRefusedForOthers() {
		assertThat(create("site-none-" + System.nanoTime() % 100000, "LAB", null).problemCode())
			.isEqualTo("STAFF_SITE_INVALID");
		assertThat(create("site-off-" + System.nanoTime() % 100000, "OFFICIAL",
				Map.of("name", "某处", "divisionCode", "370102"))
			.problemCode()).isEqualTo("STAFF_SITE_INVALID");
		Response badDivision = create("site-div-" + System.nanoTime() % 100000, "SAMPLER",
				Map.of("name", "某处", "divisionCode", "37010"));
		assertThat(badDivision.status()).isEqualTo(400);
	}

	private Response create(String username, String role, Map<String, String> site) {
		Map<String, Object> request = new LinkedHashMap<>();
		request.put("username", username);
		request.put("password", "site-staff-password-1");
		request.put("role", role);
		request.put("displayName", "站点人员");
		if (site != null) {
			request.put("site", site);
		}
		return this.api.post("/api/v1/admin/staff", request, this.api.adminToken());
	}

}
