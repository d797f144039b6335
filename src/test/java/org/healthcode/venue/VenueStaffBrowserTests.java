package org.healthcode.venue;

import java.time.Duration;
import java.util.Map;

import org.healthcode.identity.PhoneNumber;
import org.healthcode.support.ApiClient;
import org.healthcode.support.BrowserSession;
import org.healthcode.support.IntegrationTest;
import org.healthcode.support.People;
import org.healthcode.support.People.Resident;
import org.healthcode.support.TestClock;
import org.healthcode.support.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On a 360 px phone the manager adds a guard by phone on the venue's page (a bad number
 * is told there), the guard signs in and opens that venue's gate console; once the
 * manager removes them the console is closed to them.
 */
@IntegrationTest
class VenueStaffBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	TestClock clock;

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void aManagerAddsAGuardByPhoneWhoThenOpensTheGateUntilRemoved() {
		ApiClient api = new ApiClient(this.port);
		String managerPhone = TestData.phone();
		String token = api.residentToken(managerPhone);
		String idNumber = TestData.idNumber();
		api.put("/api/v1/me/profile", Map.of("name", "鲁志强", "idNumber", idNumber), token).expectStatus(200);
		long venue = new People(api).venue(new Resident(token, "鲁志强", idNumber), "门岗管理书店").get("id").asLong();
		String guardPhone = TestData.phone();
		// the manager's phone asked for a code a moment ago (one code a minute)
		this.clock.advance(Duration.ofSeconds(61));
		try (BrowserSession manager = new BrowserSession("http://localhost:" + this.port);
				BrowserSession guard = new BrowserSession("http://localhost:" + this.port)) {
			manager.loginResident(managerPhone);
			manager.open("/venues/" + venue);
			assertThat(manager.find(By.id("staff-none")).isDisplayed()).isTrue();

			manager.type(By.id("staff-phone"), "12345");
			manager.click(By.id("staff-add"));
			assertThat(manager.visible(By.id("staff-problem")).getAttribute("data-code")).isEqualTo("PHONE_INVALID");
			assertThat(manager.find(By.id("staff-problem")).getText()).contains("手机号码无效");

			manager.type(By.id("staff-phone"), guardPhone);
			manager.click(By.id("staff-add"));
			assertThat(manager.visible(By.id("staff-notice")).getText()).isEqualTo("已添加门岗人员。");
			String shown = manager.find(By.cssSelector("#staff-list .staff-phone")).getText();
			assertThat(shown).isEqualTo(new PhoneNumber(guardPhone).masked()).doesNotContain(guardPhone);
			assertThat(manager.driver().getPageSource()).doesNotContain(guardPhone);
			assertThat(manager.horizontalOverflow()).isZero();
			manager.screenshot("venue-staff-added");

			guard.loginResident(guardPhone);
			guard.open("/venues");
			guard.click(By.className("gate-link"));
			assertThat(guard.driver().getCurrentUrl()).endsWith("/venues/" + venue + "/gate");
			assertThat(guard.visible(By.id("gate-id-number")).isDisplayed()).isTrue();

			manager.click(By.cssSelector("#staff-list .staff-remove"));
			manager.driver().switchTo().alert().accept();
			assertThat(manager.visible(By.id("staff-notice")).getText()).isEqualTo("已移除门岗人员。");
			assertThat(manager.find(By.id("staff-none")).isDisplayed()).isTrue();

			guard.open("/venues/" + venue + "/gate");
			assertThat(guard.driver().findElements(By.id("gate-id-number"))).isEmpty();
			assertThat(guard.find(By.id("main")).getText()).contains("404");
			guard.open("/venues");
			assertThat(guard.driver().findElements(By.className("gate-link"))).isEmpty();
		}
	}

}
