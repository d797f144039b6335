package org.healthcode.health;

import java.util.Map;

import org.healthcode.support.ApiClient;
import org.healthcode.support.BrowserSession;
import org.healthcode.support.IntegrationTest;
import org.healthcode.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class HealthCodeBrowserTests {

	@LocalServerPort
	int port;

	ApiClient api;

	@BeforeEach
	void setUp() {
		this.api = new ApiClient(this.port);
	}

	@Test
	void residentRegistersSeesAGreenCodeAndAfterAnOfficialTurnsItRedSeesRed() {
		String idNumber = TestData.idNumber();
		try (BrowserSession browser = new BrowserSession(this.api.baseUrl())) {
			browser.loginResident(TestData.phone());
			browser.open("/me/health-code");
			// no profile yet: the health code page sends the resident to register first
			browser.waitFor(ExpectedConditions.urlContains("/me/profile"));
			browser.type(By.id("name"), "王小红");
			browser.type(By.id("idNumber"), idNumber);
			browser.click(By.id("register"));

			browser.waitFor(ExpectedConditions.urlContains("/me/health-code"));
			browser.waitFor(ExpectedConditions.attributeToBe(By.id("health-code"), "data-color", "GREEN"));
			assertThat(browser.visible(By.id("masked-name")).getText()).isEqualTo("王*红");
			assertThat(browser.visible(By.id("masked-id")).getText()).isEqualTo(Masked.of(idNumber));
			assertThat(browser.visible(By.id("qr")).getAttribute("src")).startsWith("data:image/png;base64,");
			// two pixels per module, drawn large without smoothing
			assertThat(browser.find(By.id("qr")).getCssValue("image-rendering")).isEqualTo("pixelated");
			assertThat(browser.find(By.id("qr")).getSize().getWidth()).isGreaterThan(200);
			String shown = browser.visible(By.id("clock")).getText();
			browser.waitFor(driver -> !driver.findElement(By.id("clock")).getText().equals(shown));
			assertThat(browser.driver().getPageSource()).doesNotContain(idNumber);
			browser.screenshot("health-code-green");

			this.api
				.put("/api/v1/health-status", Map.of("idNumber", idNumber, "color", "RED", "reason", "CONFIRMED"),
						this.api.officialToken())
				.expectStatus(200);

			// what the page's auto refresh fetches, with the page's session
			Object refreshed = ((JavascriptExecutor) browser.driver()).executeAsyncScript("""
					var done = arguments[arguments.length - 1];
					fetch('/me/health-code/data', { headers: { Accept: 'application/json' } })
						.then(r => r.json()).then(code => done(code.color)).catch(e => done('failed: ' + e));
					""");
			assertThat(refreshed).isEqualTo("RED");
			browser.driver().navigate().refresh();
			browser.waitFor(ExpectedConditions.attributeToBe(By.id("health-code"), "data-color", "RED"));
			// headless Chromium may ask for English: either language is fine here
			assertThat(browser.visible(By.id("color-label")).getText()).isIn("红码", "Red");
			browser.screenshot("health-code-red");
		}
	}

	@Test
	void staffPasteATokenAndSeeColourAndMaskedNameOrAClearError() {
		String idNumber = TestData.idNumber();
		String resident = this.api.residentToken(TestData.phone());
		this.api.put("/api/v1/me/profile", Map.of("name", "李明", "idNumber", idNumber), resident).expectStatus(200);
		String token = this.api.get("/api/v1/me/health-code", resident).json().get("token").asString();
		try (BrowserSession browser = new BrowserSession(this.api.baseUrl())) {
			browser.open("/verify");
			browser.type(By.id("token"), token);
			browser.click(By.id("verify-submit"));

			assertThat(browser.visible(By.id("result")).getAttribute("data-color")).isEqualTo("GREEN");
			assertThat(browser.visible(By.id("result-name")).getText()).isEqualTo("李*");
			browser.screenshot("verify-valid");

			browser.type(By.id("token"), token.substring(0, token.length() - 4) + "AAAA");
			browser.click(By.id("verify-submit"));
			assertThat(browser.visible(By.id("problem")).getAttribute("data-code")).isEqualTo("HEALTH_TOKEN_INVALID");
		}
	}

	@Test
	void officialSetsAStatusWithTheForm() {
		String idNumber = TestData.idNumber();
		try (BrowserSession browser = new BrowserSession(this.api.baseUrl())) {
			browser.loginStaff("official", TestData.OFFICIAL_PASSWORD);
			browser.open("/official/health-status");
			browser.type(By.id("idNumber"), idNumber);
			new org.openqa.selenium.support.ui.Select(browser.visible(By.id("color"))).selectByValue("RED");
			new org.openqa.selenium.support.ui.Select(browser.visible(By.id("reason"))).selectByValue("CLOSE_CONTACT");
			browser.click(By.id("set-status"));

			String result = browser.visible(By.id("result")).getText();
			assertThat(result).contains(Masked.of(idNumber)).containsAnyOf("红码", "Red").containsAnyOf("黄码", "Yellow");
			assertThat(result).doesNotContain(idNumber);
			browser.screenshot("official-set-status");
		}
	}

	private static final class Masked {

		static String of(String idNumber) {
			return idNumber.substring(0, 4) + "**********" + idNumber.substring(14);
		}

	}

}
