package org.healthcode.web;

import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a resident trips over, on a 360 px phone: the login code, a lost session, the
 * language switch, companions, and the blue screen after a scan (issue 16).
 */
@IntegrationTest
class ResidentUsabilityBrowserTests {

	private static final Pattern DIGITS = Pattern.compile("(\\d+)");

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
	void theDemoCodeStaysAndAUsedUpCodeIsNotOfferedAndANewResidentIsLedToRealNameRegistration() {
		try (BrowserSession browser = new BrowserSession(this.api.baseUrl())) {
			browser.open("/login");
			browser.type(By.id("phone"), TestData.phone());
			browser.click(By.id("send-code"));
			String code = sixDigits(browser.visible(By.id("demo-code")).getText());
			String wrong = code.equals("000000") ? "111111" : "000000";

			browser.type(By.id("code"), wrong);
			browser.click(By.id("sign-in"));
			assertThat(browser.visible(By.id("problem")).getText()).contains("验证码不正确");
			assertThat(sixDigits(browser.visible(By.id("demo-code")).getText())).isEqualTo(code);
			assertThat(browser.find(By.id("code-hint")).getText()).contains("4");

			// switching the language keeps the code on the page
			browser.click(By.cssSelector("a.lang"));
			browser.waitFor(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "en"));
			assertThat(sixDigits(browser.visible(By.id("demo-code")).getText())).isEqualTo(code);

			for (int i = 0; i < 4; i++) {
				WebElement page = browser.find(By.tagName("main"));
				browser.type(By.id("code"), wrong);
				browser.click(By.id("sign-in"));
				// the next page, not the one the click left
				browser.waitUntilGone(page);
				browser.visible(By.id("problem"));
			}
			// five wrong guesses: the code cannot be used any more, so no field is
			// offered
			assertThat(browser.visible(By.id("code-used-up")).isDisplayed()).isTrue();
			assertThat(browser.driver().findElements(By.id("code"))).isEmpty();
			assertThat(browser.driver().findElements(By.id("demo-code"))).isEmpty();

			// a new code right away: told how many seconds are left, not the whole minute
			WebElement usedUp = browser.find(By.tagName("main"));
			browser.click(By.id("resend-code"));
			browser.waitUntilGone(usedUp);
			Matcher left = DIGITS.matcher(browser.visible(By.id("problem")).getText());
			assertThat(left.find()).isTrue();
			assertThat(Integer.parseInt(left.group(1))).isBetween(1, 59);

			this.clock.advance(Duration.ofSeconds(61));
			WebElement waiting = browser.find(By.tagName("main"));
			browser.click(By.id("resend-code"));
			browser.waitUntilGone(waiting);
			String fresh = sixDigits(browser.visible(By.id("demo-code")).getText());
			browser.type(By.id("code"), fresh);
			browser.click(By.id("sign-in"));

			browser.visible(By.id("profile-form"));
			assertThat(browser.driver().getCurrentUrl()).endsWith("/me/profile");
		}
	}

	@Test
	void aLostSessionOnAFormPostLeadsToAStyledPageAndBackToTheFormWithWhatWasTyped() {
		String phone = TestData.phone();
		try (BrowserSession browser = new BrowserSession(this.api.baseUrl())) {
			browser.loginResident(phone);
			register(browser, "陈小华");
			browser.open("/");
			// the home page: a page heading, no developer card for residents, a favicon
			assertThat(browser.visible(By.tagName("h1")).getText()).isEqualTo("健康码与场所码");
			assertThat(browser.driver().findElements(By.id("api-title"))).isEmpty();
			assertThat(browser.find(By.cssSelector("link[rel=icon]")).getAttribute("href")).contains("favicon");

			browser.open("/me/companions");
			browser.type(By.id("companion-name"), "陈奶奶");
			String companionId = TestData.idNumber();
			browser.type(By.id("companion-id-number"), companionId);
			// the session ends (expired, or the server restarted) while the form is open
			browser.driver().manage().deleteCookieNamed("JSESSIONID");
			browser.driver().manage().deleteCookieNamed("SESSION");
			browser.click(By.id("add-companion"));

			assertThat(browser.visible(By.id("session-ended")).getText()).contains("重新登录");
			assertThat(browser.find(By.id("session-kept")).isDisplayed()).isTrue();
			assertThat(browser.driver().getPageSource()).doesNotContain("jsessionid");
			assertThat(browser.driver().getCurrentUrl()).endsWith("/session-ended").doesNotContain(companionId);
			// styled: the stylesheet loaded (the header is blue)
			assertThat(browser.find(By.className("site-header")).getCssValue("background-color"))
				.isEqualTo("rgba(11, 87, 208, 1)");
			browser.screenshot("usability-session-ended");

			this.clock.advance(Duration.ofSeconds(61));
			browser.click(By.id("session-continue"));
			browser.type(By.id("phone"), phone);
			browser.click(By.id("send-code"));
			browser.type(By.id("code"), sixDigits(browser.visible(By.id("demo-code")).getText()));
			browser.click(By.id("sign-in"));

			browser.waitFor(ExpectedConditions.urlContains("/me/companions"));
			assertThat(browser.visible(By.id("companion-name")).getAttribute("value")).isEqualTo("陈奶奶");
			assertThat(browser.find(By.id("companion-id-number")).getAttribute("value")).isEqualTo(companionId);
			browser.click(By.id("add-companion"));
			browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.className("companion-list"), "陈*奶"));

			// removing asks first; saying no keeps the companion
			browser.click(By.cssSelector(".companion-actions .danger"));
			assertThat(browser.waitFor(ExpectedConditions.alertIsPresent()).getText()).contains("陈*奶");
			browser.driver().switchTo().alert().dismiss();
			assertThat(browser.driver().findElements(By.cssSelector("li.companion"))).hasSize(1);
			assertThat(browser.cspViolations()).isEmpty();
		}
	}

	@Test
	void switchingTheLanguageKeepsWhatWasTypedInAForm() {
		try (BrowserSession browser = new BrowserSession(this.api.baseUrl())) {
			browser.loginResident(TestData.phone());
			register(browser, "林小雨");
			browser.open("/venues/apply");
			browser.type(By.id("name"), "林记小吃");
			browser.type(By.id("address"), "经十路 1 号");
			browser.click(By.cssSelector("a.lang"));

			browser.waitFor(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "en"));
			assertThat(browser.visible(By.id("name")).getAttribute("value")).isEqualTo("林记小吃");
			assertThat(browser.find(By.id("address")).getAttribute("value")).isEqualTo("经十路 1 号");
			// English place names are pinyin
			assertThat(browser.find(By.cssSelector("#city option[value='370100']")).getText()).isEqualTo("Jinan City");
		}
	}

	@Test
	void theBlueScreenShowsDateTimeVenueUnderThePersonRepeatsAndThenGoesGreyAsAnOldRecord() {
		JsonNode venue = this.people.venue(this.people.registeredResident("马老板"), "面馆");
		try (BrowserSession browser = new BrowserSession(this.api.baseUrl())) {
			browser.loginResident(TestData.phone());
			register(browser, "黄小东");
			browser.open(scanPath(venue));

			WebElement name = browser.visible(By.id("holder-name"));
			assertThat(browser.find(By.id("result-registered")).getText()).isEqualTo("已登记");
			assertThat(browser.find(By.id("entry-time")).getText())
				.matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}");
			// the venue right under the personal data, above the code
			int venueTop = browser.find(By.id("venue-name")).getRect().getY();
			assertThat(venueTop).isGreaterThan(browser.find(By.id("holder-id-number")).getRect().getY());
			assertThat(venueTop).isLessThan(browser.find(By.id("qr")).getRect().getY());
			assertThat(browser.find(By.id("venue-address")).getText()).contains("泉城路 188 号").contains("历下区");
			// a blue code card, the colour frame around the QR, a turning notch
			assertThat(browser.find(By.id("holder-code")).getCssValue("background-color"))
				.isEqualTo("rgba(11, 87, 208, 1)");
			assertThat(browser
				.script("return getComputedStyle(document.querySelector('.result-qr'), '::before').animationName;"))
				.isEqualTo("code-spin");
			assertThat(browser.cspViolations()).isEmpty();
			browser.screenshot("usability-blue-screen");

			// the language can be switched here too
			browser.click(By.cssSelector("a.lang"));
			browser.waitFor(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "en"));
			assertThat(browser.visible(By.id("venue-address")).getText()).contains("Lixia District");

			// scanned again within the repeat window: said plainly
			browser.open(scanPath(venue));
			assertThat(browser.visible(By.id("result-registered")).getText())
				.isEqualTo("Already registered (scanned again within 2 minutes)");
			String result = browser.driver().getCurrentUrl();

			// opened again after the validity: an old record, not a live pass
			this.clock.advance(Duration.ofMinutes(11));
			browser.driver().get(result);
			browser.visible(By.id("old-note"));
			assertThat(browser.find(By.tagName("body")).getAttribute("class")).contains("result-old");
			assertThat(browser.find(By.id("live-line")).isDisplayed()).isFalse();
			assertThat(browser.find(By.id("result-registered")).getText()).isEqualTo("Registered");
			browser.screenshot("usability-blue-screen-old");

			// people who ask for less motion get a still frame (the clock still ticks)
			((org.openqa.selenium.chrome.ChromeDriver) browser.driver()).executeCdpCommand("Emulation.setEmulatedMedia",
					java.util.Map.of("features",
							List.of(java.util.Map.of("name", "prefers-reduced-motion", "value", "reduce"))));
			browser.open("/me/health-code");
			browser.visible(By.id("qr"));
			assertThat(browser.script(
					"return getComputedStyle(document.querySelector('.qr-frame'), '::before').animationIterationCount;"))
				.isEqualTo("1");
		}
	}

	@Test
	void aManagerReachesTodaysEntriesFromTheVenueListAndDetailAndReadsTheDetailInEnglish() {
		String phone = TestData.phone();
		People.Resident manager = new People.Resident(this.api.residentToken(phone), "宋经理", TestData.idNumber());
		this.api
			.put("/api/v1/me/profile", java.util.Map.of("name", manager.name(), "idNumber", manager.idNumber()),
					manager.token())
			.expectStatus(200);
		JsonNode venue = this.people.venue(manager, "Hotpot House of the Spring City");
		People.Resident visitor = this.people.registeredResident("韩红红");
		this.people.setColor(visitor.idNumber(), "RED", "CONFIRMED");
		this.api
			.post("/api/v1/checkins", java.util.Map.of("venueToken", venue.get("token").asString()), visitor.token())
			.expectStatus(201);
		this.clock.advance(Duration.ofSeconds(61));

		try (BrowserSession browser = new BrowserSession(this.api.baseUrl())) {
			browser.loginResident(phone);
			browser.open("/venues");
			browser.click(By.cssSelector(".venue-entries-link"));
			browser.waitFor(ExpectedConditions.urlContains("/entries"));
			assertThat(browser.visible(By.id("entries-total")).getText()).contains("1");
			browser.click(By.id("entries-back"));

			assertThat(browser.visible(By.id("today-total")).getText()).contains("1");
			assertThat(browser.find(By.id("today-alerts")).getText()).contains("韩*红").contains("红码");
			browser.click(By.id("entries-link"));
			browser.waitFor(ExpectedConditions.urlContains("/entries"));
			List<WebElement> alerts = browser.driver().findElements(By.cssSelector("#alert-list li"));
			assertThat(alerts).hasSize(1);
			// the hour chart is drawn without inline styles; its table for screen readers
			// leaves no blank scroll
			assertThat(browser.driver().findElements(By.cssSelector(".hour-chart rect"))).hasSize(24);
			assertThat(((Number) browser.script("return document.documentElement.scrollHeight"
					+ " - (document.querySelector('footer').getBoundingClientRect().bottom + window.scrollY);"))
				.doubleValue()).isLessThan(2);
			assertThat(browser.horizontalOverflow()).isZero();
			assertThat(browser.cspViolations()).isEmpty();

			browser.open("/venues/" + venue.get("id").asLong() + "?lang=en");
			assertThat(browser.visible(By.id("venue-division")).getText())
				.isEqualTo("Lixia District, Jinan City, Shandong Province");
			for (WebElement value : browser.driver().findElements(By.cssSelector(".facts dd"))) {
				assertThat(value.getCssValue("word-break")).isNotEqualTo("break-all");
			}
			assertThat(browser.horizontalOverflow()).isZero();
			browser.screenshot("usability-venue-detail-en");
		}
	}

	private static void register(BrowserSession browser, String name) {
		browser.open("/me/profile");
		browser.type(By.id("name"), name);
		browser.type(By.id("idNumber"), TestData.idNumber());
		browser.find(By.id("profile-form")).submit();
		browser.visible(By.id("qr"));
	}

	private static String sixDigits(String text) {
		String digits = text.replaceAll("\\D", "");
		return digits.substring(digits.length() - 6);
	}

	private static String scanPath(JsonNode venue) {
		String scanUrl = venue.get("scanUrl").asString();
		return scanUrl.substring(scanUrl.indexOf("/s/"));
	}

}
