package org.healthcode.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import tools.jackson.databind.JsonNode;

import org.healthcode.support.ApiClient;
import org.healthcode.support.BrowserSession;
import org.healthcode.support.IntegrationTest;
import org.healthcode.support.People;
import org.healthcode.support.TestClock;
import org.healthcode.support.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * axe-core over the main pages of every role, in Chinese and in English: no serious or
 * critical violation of WCAG 2.1 A/AA. Residents and guards on a 360 px phone, officials
 * and administrators at a desk; one browser per role.
 */
@IntegrationTest
class AccessibilityBrowserTests {

	private static final List<String> WCAG = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

	@LocalServerPort
	int port;

	@Autowired
	TestClock clock;

	private final List<String> problems = new ArrayList<>();

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void mainPagesHaveNoSeriousOrCriticalViolationsInEitherLanguage() {
		ApiClient api = new ApiClient(this.port);
		People people = new People(api);
		String phone = TestData.phone();
		String token = api.residentToken(phone);
		api.put("/api/v1/me/profile", Map.of("name", "施小英", "idNumber", TestData.idNumber()), token).expectStatus(200);
		People.Resident resident = new People.Resident(token, "施小英", null);
		JsonNode venue = people.venue(new People.Resident(token, "施小英", TestData.idNumber()), "茶馆");
		people.companion(resident, "施奶奶", TestData.idNumber());
		JsonNode entry = api.post("/api/v1/checkins", Map.of("venueToken", venue.get("token").asString()), token)
			.expectStatus(201)
			.json();
		this.clock.advance(java.time.Duration.ofSeconds(61));
		long venueId = venue.get("id").asLong();

		try (BrowserSession anyone = new BrowserSession(api.baseUrl())) {
			check(anyone, "/", "/login", "/verify");
			anyone.loginResident(phone);
			check(anyone, "/", "/me/health-code", "/me/companions", "/me/checkins",
					"/checkins/" + entry.get("id").asLong(), "/venues/apply", "/venues/" + venueId,
					"/venues/" + venueId + "/entries", "/me/notices", "/me/appeals");
		}
		try (BrowserSession official = BrowserSession.desktop(api.baseUrl())) {
			official.loginStaff("official", TestData.OFFICIAL_PASSWORD);
			check(official, "/official/health-status", "/official/tracing/exposure", "/official/dashboard",
					"/official/risk-areas", "/official/appeals");
			for (String language : List.of("zh-CN", "en")) {
				official.open("/official/tracing?lang=" + language);
				official.type(By.id("idNumber"), TestData.idNumber());
				official.click(By.id("find-contacts"));
				official.visible(By.id("problem"));
				analyze(official, "/official/tracing (" + language + ", refused query)");
			}
		}
		try (BrowserSession admin = BrowserSession.desktop(api.baseUrl())) {
			admin.loginStaff("admin", TestData.ADMIN_PASSWORD);
			check(admin, "/admin/audit");
		}

		assertThat(this.problems).isEmpty();
	}

	/** Each page in Chinese, then in English. */
	private void check(BrowserSession browser, String... paths) {
		for (String language : List.of("zh-CN", "en")) {
			for (String path : paths) {
				browser.open(path + (path.contains("?") ? "&" : "?") + "lang=" + language);
				analyze(browser, path + " (" + language + ")");
			}
		}
	}

	private void analyze(BrowserSession browser, String page) {
		Results results = new AxeBuilder().withTags(WCAG).analyze(browser.driver());
		for (Rule violation : results.getViolations()) {
			if ("serious".equals(violation.getImpact()) || "critical".equals(violation.getImpact())) {
				this.problems.add(page + ": " + violation.getId() + " (" + violation.getImpact() + ") at "
						+ violation.getNodes()
							.stream()
							.limit(3)
							.map(node -> String.valueOf(node.getTarget()))
							.toList());
			}
		}
	}

}
