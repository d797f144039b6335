package org.healthcode.checkin;

import java.time.Duration;
import java.util.Map;

import org.healthcode.support.ApiClient;
import org.healthcode.support.BrowserSession;
import org.healthcode.support.IntegrationTest;
import org.healthcode.support.People;
import org.healthcode.support.TestData;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A guard at a 360 px phone registers an elderly visitor without a phone by ID number and
 * name: the verdict shows with its sound, then hides itself.
 */
@IntegrationTest
class GateBrowserTests {

	@LocalServerPort
	int port;

	@Test
	void aGuardRegistersAVisitorWithoutAPhoneByIdNumberAndTheResultHidesItself() {
		ApiClient api = new ApiClient(this.port);
		People people = new People(api);
		People.Resident manager = people.registeredResident("门岗经理");
		long venue = people.venue(manager, "门岗浏览器超市").get("id").asLong();
		String phone = TestData.phone();
		api.post("/api/v1/venues/" + venue + "/staff", Map.of("phone", phone), manager.token()).expectStatus(201);
		People.Resident visitor = people.registeredResident("邱桂英");
		try (BrowserSession browser = new BrowserSession("http://localhost:" + this.port)) {
			browser.loginResident(phone);
			browser.open("/venues");
			browser.click(By.className("gate-link"));
			browser.type(By.id("gate-id-number"), visitor.idNumber());
			browser.type(By.id("gate-person-name"), visitor.name());
			browser.click(By.id("gate-identity-submit"));

			assertThat(browser.visible(By.id("gate-verdict")).getText()).isEqualTo("通行");
			assertThat(browser.find(By.id("gate-name")).getText()).isEqualTo("邱*英");
			assertThat(browser.find(By.id("gate-result")).getAttribute("data-played")).isEqualTo("chime");
			assertThat(browser.find(By.id("gate-id-number")).getAttribute("value")).isEmpty();
			assertThat(browser.horizontalOverflow()).isZero();
			browser.screenshot("gate-identity-result");

			new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
				.until(driver -> !driver.findElement(By.id("gate-result")).isDisplayed());
		}
	}

}
