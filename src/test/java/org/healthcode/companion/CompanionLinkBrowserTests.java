package org.healthcode.companion;

import java.time.Duration;
import java.util.Map;

import tools.jackson.databind.JsonNode;

import org.healthcode.support.ApiClient;
import org.healthcode.support.BrowserSession;
import org.healthcode.support.IntegrationTest;
import org.healthcode.support.People;
import org.healthcode.support.TestClock;
import org.healthcode.support.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A grandson adds his mother, who has her own account, as a companion; she accepts on her
 * page, and only then can he bring her along.
 */
@IntegrationTest
class CompanionLinkBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	TestClock clock;

	ApiClient api;

	@BeforeEach
	void setUp() {
		this.api = new ApiClient(this.port);
	}

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void aFamilyMemberWithHerOwnAccountAcceptsOnHerPageAndTheCompanionBecomesUsable() {
		String motherPhone = TestData.phone();
		String motherId = TestData.idNumber();
		String motherToken = this.api.residentToken(motherPhone);
		this.api.put("/api/v1/me/profile", Map.of("name", "欧阳秀兰", "idNumber", motherId), motherToken).expectStatus(200);
		People people = new People(this.api);
		people.setColor(motherId, "YELLOW", "RISK_AREA_VISIT");
		JsonNode before = people.venue(people.registeredResident("胡店长"), "菜市场");
		JsonNode after = people.venue(people.registeredResident("郭店长"), "药店");
		// the mother signs in on her own phone below; her first code was asked a moment
		// ago
		this.clock.advance(Duration.ofMinutes(2));

		try (BrowserSession son = new BrowserSession(baseUrl());
				BrowserSession mother = new BrowserSession(baseUrl())) {
			son.loginResident(TestData.phone());
			son.open("/me/profile");
			son.type(By.id("name"), "欧阳明");
			son.type(By.id("idNumber"), TestData.idNumber());
			son.find(By.id("profile-form")).submit();
			son.visible(By.id("qr"));
			son.open("/me/companions");
			son.type(By.id("companion-name"), "欧阳秀兰");
			son.type(By.id("companion-id-number"), motherId);
			son.click(By.id("add-companion"));
			son.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.className("companion-list"), "欧**兰"));
			assertThat(son.find(By.className("companion-state")).getText()).isEqualTo("等待对方确认");
			assertThat(son.driver().findElements(By.className("color-chip"))).isEmpty();
			son.open(scanPath(before));
			son.visible(By.id("holder-name"));
			assertThat(son.driver().findElements(By.className("companions-result"))).isEmpty();

			mother.loginResident(motherPhone);
			mother.open("/me/companions");
			assertThat(mother.find(By.id("companion-requests-link")).getText()).contains("1");
			mother.click(By.id("companion-requests-link"));
			assertThat(mother.visible(By.className("requester-name")).getText()).isEqualTo("欧*明");
			mother.click(By.className("accept-request"));
			mother.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.className("alert"), "已同意"));
			assertThat(mother.find(By.className("state-chip")).getText()).isEqualTo("已同意");
			mother.screenshot("companion-request-accepted");

			son.open("/me/companions");
			assertThat(son.visible(By.className("color-chip")).getText()).isEqualTo("黄码");
			son.open(scanPath(after));
			assertThat(son.visible(By.className("companions-result")).getText()).contains("欧**兰");
			son.screenshot("companion-usable");
		}
	}

	private static String scanPath(JsonNode venue) {
		String scanUrl = venue.get("scanUrl").asString();
		return scanUrl.substring(scanUrl.indexOf("/s/"));
	}

	private String baseUrl() {
		return "http://localhost:" + this.port;
	}

}
