package org.healthcode.checkin;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;

import javax.imageio.ImageIO;

import org.healthcode.health.Color;
import org.healthcode.health.QrImages;
import org.healthcode.support.ApiClient;
import org.healthcode.support.BrowserSession;
import org.healthcode.support.CardQr;
import org.healthcode.support.IntegrationTest;
import org.healthcode.support.People;
import org.healthcode.support.TestData;
import org.healthcode.support.Y4mVideo;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A grandson prints his grandmother's resident card; at the supermarket the guard's phone
 * (no BarcodeDetector, a fake camera whose frames the server decodes) scans the card and
 * she is registered with her verdict.
 */
@IntegrationTest
class GateCardBrowserTests {

	@LocalServerPort
	int port;

	@Test
	void aGuardScansACompanionsPrintedCardAndSeesTheVerdict() throws Exception {
		ApiClient api = new ApiClient(this.port);
		People people = new People(api);
		People.Resident manager = people.registeredResident("卡片经理");
		long venue = people.venue(manager, "卡片浏览器超市").get("id").asLong();
		String phone = TestData.phone();
		api.post("/api/v1/venues/" + venue + "/staff", Map.of("phone", phone), manager.token()).expectStatus(201);
		People.Resident grandson = people.registeredResident("孙小宝");
		long grandma = people.companion(grandson, "赵桂兰", TestData.idNumber()).get("id").asLong();
		byte[] card = api.get("/api/v1/me/companions/" + grandma + "/card.pdf", grandson.token())
			.expectStatus(200)
			.body();
		Path video = Files.createTempFile("gate-card-", ".y4m");
		Y4mVideo.write(qrPicture(CardQr.read(card, "gate-browser")), 640, 480, 5, video);
		try (BrowserSession guard = new BrowserSession("http://localhost:" + this.port,
				"--use-fake-ui-for-media-stream", "--use-fake-device-for-media-stream",
				"--use-file-for-fake-video-capture=" + video)) {
			guard.loginResident(phone);
			guard.open("/venues/" + venue + "/gate");
			guard.click(By.id("scanner-start"));

			String verdict = new WebDriverWait(guard.driver(), Duration.ofSeconds(30))
				.until(driver -> driver.findElements(By.id("gate-verdict"))
					.stream()
					.filter(found -> found.isDisplayed())
					.findFirst()
					.orElse(null))
				.getText();
			assertThat(verdict).isEqualTo("通行");
			assertThat(guard.find(By.id("gate-name")).getText()).isEqualTo("赵*兰");
			assertThat(guard.horizontalOverflow()).isZero();
			assertThat(guard.cspViolations()).isEmpty();
		}
		finally {
			Files.deleteIfExists(video);
		}
	}

	/** The card's code as a plain QR picture, as the card shows it to a camera. */
	private static BufferedImage qrPicture(String text) throws Exception {
		String dataUri = QrImages.dataUri(text, Color.GREEN);
		return ImageIO
			.read(new ByteArrayInputStream(Base64.getDecoder().decode(dataUri.substring(dataUri.indexOf(',') + 1))));
	}

}
