package org.healthcode.checkin;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.healthcode.health.Color;
import org.healthcode.health.QrImages;
import org.healthcode.support.ApiClient;
import org.healthcode.support.BrowserSession;
import org.healthcode.support.HealthFacts;
import org.healthcode.support.IntegrationTest;
import org.healthcode.support.People;
import org.healthcode.support.People.Resident;
import org.healthcode.support.TestData;
import org.healthcode.support.Y4mVideo;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A visitor holds up the health code on their phone; the guard's 360 px phone (no
 * BarcodeDetector, a fake camera whose frames the server decodes) reads it and shows the
 * verdict in the visitor's colour: a green visitor passes, a yellow one is restricted
 * with the reason.
 */
@IntegrationTest
class GateScanBrowserTests {

	@LocalServerPort
	int port;

	@Test
	void aGuardScansAGreenVisitorsShownCodeAndSeesPassInGreen() throws Exception {
		ApiClient api = new ApiClient(this.port);
		People people = new People(api);
		Resident visitor = people.registeredResident("温秀兰");
		HealthFacts facts = new HealthFacts(api);
		facts.report(facts.sampled(visitor), "NEGATIVE", Instant.now());

		Scanned scanned = scanAtTheGate(api, people, visitor, "扫码通行书店");

		assertThat(scanned.verdictWord()).isEqualTo("通行");
		assertThat(scanned.verdict()).isEqualTo("PASS");
		assertThat(scanned.resultClass()).contains("verdict-pass");
		assertThat(scanned.maskedName()).isEqualTo("温*兰");
		assertThat(scanned.chipClass()).contains("chip-green");
		assertThat(scanned.chipBackground()).isEqualTo(scanned.cssGreen());
		assertThat(scanned.reasons()).isEmpty();
		assertThat(scanned.nat()).isEqualTo("核酸：24小时内 阴性");
		assertThat(scanned.voice()).isEqualTo("绿码，核酸24小时内阴性");
	}

	@Test
	void aGuardScansAYellowVisitorsShownCodeAndSeesRestrictedInYellow() throws Exception {
		ApiClient api = new ApiClient(this.port);
		People people = new People(api);
		Resident visitor = people.registeredResident("温建军");
		people.setColor(visitor.idNumber(), "YELLOW", "SECONDARY_CONTACT");

		Scanned scanned = scanAtTheGate(api, people, visitor, "扫码限制书店");

		assertThat(scanned.verdict()).isEqualTo("RESTRICTED");
		assertThat(scanned.resultClass()).contains("verdict-restricted");
		assertThat(scanned.maskedName()).isEqualTo("温*军");
		assertThat(scanned.chipClass()).contains("chip-yellow");
		assertThat(scanned.chipBackground()).isEqualTo(scanned.cssYellow());
		assertThat(scanned.reasons()).containsExactly("COLOR_YELLOW");
		assertThat(scanned.nat()).isEqualTo("核酸：暂无记录");
		assertThat(scanned.voice()).startsWith("黄码，暂无核酸记录。");
	}

	/**
	 * A guard of a new venue opens the gate console with the visitor's shown code in
	 * front of the camera and reads the first verdict.
	 */
	private Scanned scanAtTheGate(ApiClient api, People people, Resident visitor, String venueName) throws Exception {
		Resident manager = people.registeredResident("扫码经理");
		long venue = people.venue(manager, venueName).get("id").asLong();
		String guardPhone = TestData.phone();
		api.post("/api/v1/venues/" + venue + "/staff", Map.of("phone", guardPhone), manager.token()).expectStatus(201);
		JsonNode shown = api.get("/api/v1/me/health-code", visitor.token()).expectStatus(200).json();
		Path video = Files.createTempFile("gate-scan-", ".y4m");
		// the QR as the visitor's health-code page draws it, in the code's colour
		Y4mVideo.write(qrPicture(shown.get("token").asString(), Color.valueOf(shown.get("color").asString())), 640, 480,
				5, video);
		try (BrowserSession guard = new BrowserSession("http://localhost:" + this.port,
				"--use-fake-ui-for-media-stream", "--use-fake-device-for-media-stream",
				"--use-file-for-fake-video-capture=" + video)) {
			guard.loginResident(guardPhone);
			guard.open("/venues/" + venue + "/gate");
			guard.click(By.id("scanner-start"));

			WebElement verdict = new WebDriverWait(guard.driver(), Duration.ofSeconds(30))
				.until(driver -> driver.findElements(By.id("gate-verdict"))
					.stream()
					.filter(WebElement::isDisplayed)
					.findFirst()
					.orElse(null));
			WebElement result = guard.find(By.id("gate-result"));
			WebElement chip = guard.find(By.id("gate-color"));
			Scanned scanned = new Scanned(verdict.getText(), result.getAttribute("data-verdict"),
					result.getAttribute("class"), guard.find(By.id("gate-name")).getText(), chip.getAttribute("class"),
					(String) guard
						.script("return getComputedStyle(document.getElementById('gate-color')).backgroundColor;"),
					cssColor(guard, "chip-green"), cssColor(guard, "chip-yellow"),
					guard.driver()
						.findElements(By.cssSelector("#gate-result .verdict-reason"))
						.stream()
						.map(reason -> reason.getAttribute("data-code"))
						.toList(),
					guard.find(By.id("gate-nat")).getText(), result.getAttribute("data-voice"));
			assertThat(guard.horizontalOverflow()).isZero();
			assertThat(guard.cspViolations()).isEmpty();
			guard.screenshot("gate-scan-" + scanned.verdict().toLowerCase(java.util.Locale.ROOT));
			return scanned;
		}
		finally {
			Files.deleteIfExists(video);
		}
	}

	/** The background the page's stylesheet gives a chip of this class. */
	private static String cssColor(BrowserSession browser, String chipClass) {
		return (String) browser.script("""
				var probe = document.createElement('span');
				probe.className = 'color-chip ' + arguments[0];
				document.body.appendChild(probe);
				var color = getComputedStyle(probe).backgroundColor;
				probe.remove();
				return color;
				""", chipClass);
	}

	private static BufferedImage qrPicture(String text, Color color) throws Exception {
		String dataUri = QrImages.dataUri(text, color);
		return ImageIO
			.read(new ByteArrayInputStream(Base64.getDecoder().decode(dataUri.substring(dataUri.indexOf(',') + 1))));
	}

	record Scanned(String verdictWord, String verdict, String resultClass, String maskedName, String chipClass,
			String chipBackground, String cssGreen, String cssYellow, List<String> reasons, String nat, String voice) {
	}

}
