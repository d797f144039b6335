package org.healthcode.tracing;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

import org.healthcode.support.ApiClient;
import org.healthcode.support.BrowserSession;
import org.healthcode.support.IntegrationTest;
import org.healthcode.support.People;
import org.healthcode.support.People.Resident;
import org.healthcode.support.TestClock;
import org.healthcode.support.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class TracingBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	TestClock clock;

	ApiClient api;

	People people;

	@BeforeEach
	void setUp() {
		this.api = new ApiClient(this.port);
		this.people = new People(this.api);
	}

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void officialFindsTheContactsOfACaseMarksThemYellowAndTheContactSeesAYellowCode() {
		Resident manager = this.people.registeredResident("刘店长");
		JsonNode venue = this.people.venue(manager, "鲁菜馆");
		Resident sick = this.people.registeredResident("张病例");
		String contactPhone = TestData.phone();
		String contactToken = this.api.residentToken(contactPhone);
		this.api.put("/api/v1/me/profile", Map.of("name", "赵近邻", "idNumber", TestData.idNumber()), contactToken)
			.expectStatus(200);
		for (String token : List.of(sick.token(), contactToken)) {
			this.api.post("/api/v1/checkins", Map.of("venueToken", venue.get("token").asString()), token)
				.expectStatus(201);
		}

		try (BrowserSession official = new BrowserSession(this.api.baseUrl())) {
			official.loginStaff("official", TestData.OFFICIAL_PASSWORD);
			official.click(By.id("home-tracing"));
			official.waitFor(ExpectedConditions.urlContains("/official/tracing"));
			official.type(By.id("idNumber"), sick.idNumber());
			official.click(By.id("find-contacts"));
			official.visible(By.id("contacts-summary"));

			List<WebElement> contacts = official.driver().findElements(By.cssSelector("#contacts li.contact"));
			assertThat(contacts).hasSize(1);
			assertThat(official.visible(By.cssSelector("li.contact .contact-name")).getText()).isEqualTo("赵*邻");
			assertThat(official.visible(By.cssSelector("li.contact .contact-color")).getText()).isIn("绿码", "Green");
			assertThat(official.find(By.cssSelector("input.pick")).isSelected()).isTrue();
			assertThat(official.driver().getCurrentUrl()).doesNotContain(sick.idNumber());
			official.screenshot("tracing-contacts");

			official.click(By.id("mark-submit"));
			official.waitFor(ExpectedConditions.attributeToBe(By.id("job-status"), "data-status", "DONE"));
			assertThat(official.visible(By.id("job-counts")).getText()).contains("1");
			official.screenshot("tracing-marking-done");
		}

		// a fresh login code for the contact's phone needs the minimum interval to have
		// passed
		this.clock.advance(Duration.ofMinutes(2));
		try (BrowserSession contact = new BrowserSession(this.api.baseUrl())) {
			contact.loginResident(contactPhone);
			contact.open("/me/health-code");
			contact.waitFor(ExpectedConditions.attributeToBe(By.id("health-code"), "data-color", "YELLOW"));
			assertThat(contact.visible(By.id("color-label")).getText()).isIn("黄码", "Yellow");
			contact.screenshot("tracing-contact-yellow");
		}
	}

	@Test
	void dashboardDrawsItsChartsAndKeepsTheTables() {
		try (BrowserSession official = new BrowserSession(this.api.baseUrl())) {
			official.loginStaff("official", TestData.OFFICIAL_PASSWORD);
			official.open("/official/dashboard");
			official.waitFor(ExpectedConditions.attributeToBe(By.id("chart-per-day"), "data-drawn", "true"));
			assertThat(official.find(By.cssSelector("#chart-per-day canvas"))).isNotNull();
			assertThat(official.driver().findElements(By.cssSelector("#table-per-day tbody tr"))).hasSize(14);
			assertThat(official.driver().findElements(By.cssSelector("#table-colors tbody tr"))).hasSize(3);
			official.screenshot("tracing-dashboard");
		}
	}

}
