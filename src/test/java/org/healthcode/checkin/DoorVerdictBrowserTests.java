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
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A RESTRICTED visitor's blue screen: the verdict line under the personal data, a modal
 * that closes itself after 10 s while the line stays, the alarm and the read-out chosen,
 * and a mute switch the device remembers.
 */
@IntegrationTest
class DoorVerdictBrowserTests {

	@LocalServerPort
	int port;

	@Test
	void aRestrictedVisitorSeesTheModalAndTheLineAndHearsTheAlarmUntilMuted() {
		ApiClient api = new ApiClient(this.port);
		People people = new People(api);
		People.Resident manager = people.registeredResident("门口经理");
		JsonNode venue = people.venue(manager, "核酸查验超市");
		api.put("/api/v1/venues/" + venue.get("id").asLong() + "/entry-rule", Map.of("natWithinHours", 72),
				manager.token())
			.expectStatus(200);
		String scanUrl = venue.get("scanUrl").asString();
		try (BrowserSession browser = new BrowserSession("http://localhost:" + this.port)) {
			browser.loginResident(TestData.phone());
			browser.open("/me/profile");
			browser.type(By.id("name"), "贺晓光");
			browser.type(By.id("idNumber"), TestData.idNumber());
			browser.find(By.id("profile-form")).submit();
			browser.visible(By.id("qr"));

			browser.open(scanUrl.substring(scanUrl.indexOf("/s/")));

			assertThat(browser.visible(By.id("verdict-modal")).getText()).contains("限制进入")
				.contains("未持有72小时内核酸检测阴性证明，限制进入");
			assertThat(browser.find(By.id("verdict-line")).getText()).contains("限制进入");
			// "绿码 · 可以通行" would contradict the verdict
			assertThat(browser.driver().findElements(By.id("access"))).isEmpty();
			String main = "return document.getElementById('main').dataset.";
			assertThat(browser.script(main + "played")).isEqualTo("alarm");
			assertThat(browser.script(main + "spoken")).isEqualTo("绿码，暂无核酸记录。未持有72小时内核酸检测阴性证明，限制进入");
			browser.screenshot("door-restricted-modal");

			new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
				.until(driver -> !driver.findElement(By.id("verdict-modal")).isDisplayed());
			assertThat(browser.find(By.id("verdict-line")).isDisplayed()).isTrue();
			assertThat(browser.find(By.id("verdict-line")).getText()).contains("未持有72小时内核酸检测阴性证明");

			browser.click(By.id("sound-mute"));
			browser.driver().navigate().refresh();
			browser.visible(By.id("verdict-line"));
			assertThat(browser.script(main + "played")).isEqualTo("muted");
			assertThat(browser.script("return document.getElementById('sound-mute').checked")).isEqualTo(true);
		}
	}

}
