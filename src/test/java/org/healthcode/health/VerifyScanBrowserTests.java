package org.healthcode.health;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;

import javax.imageio.ImageIO;

import tools.jackson.databind.JsonNode;

import org.healthcode.support.ApiClient;
import org.healthcode.support.BrowserSession;
import org.healthcode.support.IntegrationTest;
import org.healthcode.support.People;
import org.healthcode.support.Y4mVideo;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A guard's phone without BarcodeDetector (this Chromium has none, nor has iOS Safari)
 * scans a displayed health code on /verify: the frames are decoded by the server, as on
 * /scan (issue 16).
 */
@IntegrationTest
class VerifyScanBrowserTests {

	@LocalServerPort
	int port;

	@Test
	void theVerifyPageScansAHealthCodeThroughTheServersFrameDecoder() throws Exception {
		ApiClient api = new ApiClient(this.port);
		People.Resident visitor = new People(api).registeredResident("冯小刚");
		JsonNode code = api.get("/api/v1/me/health-code", visitor.token()).expectStatus(200).json();
		String dataUri = QrImages.dataUri(code.get("token").asString(), Color.GREEN);
		BufferedImage qr = ImageIO
			.read(new ByteArrayInputStream(Base64.getDecoder().decode(dataUri.substring(dataUri.indexOf(',') + 1))));
		Path video = Files.createTempFile("health-code-", ".y4m");
		Y4mVideo.write(qr, 640, 480, 5, video);
		try (BrowserSession guard = new BrowserSession(api.baseUrl(), "--use-fake-ui-for-media-stream",
				"--use-fake-device-for-media-stream", "--use-file-for-fake-video-capture=" + video)) {
			guard.open("/verify");
			assertThat(guard.script("return 'BarcodeDetector' in window;")).isEqualTo(false);
			// hidden means hidden, whatever the button styles say
			assertThat(guard.find(By.id("scanner-stop")).isDisplayed()).isFalse();
			assertThat(guard.find(By.id("scanner-stop")).getCssValue("display")).isEqualTo("none");
			guard.click(By.id("scanner-start"));
			String name = new WebDriverWait(guard.driver(), Duration.ofSeconds(30))
				.until(ExpectedConditions.visibilityOfElementLocated(By.id("result-name")))
				.getText();
			assertThat(name).isEqualTo("冯*刚");
			assertThat(guard.find(By.id("result")).getAttribute("data-color")).isEqualTo("GREEN");
			assertThat(guard.cspViolations()).isEmpty();
			guard.screenshot("usability-verify-scanned");
		}
		finally {
			Files.deleteIfExists(video);
		}
	}

}
