package org.healthcode.health;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import org.healthcode.support.ApiClient;
import org.healthcode.support.BrowserSession;
import org.healthcode.support.IntegrationTest;
import org.healthcode.support.People;
import org.healthcode.support.People.Resident;
import org.healthcode.support.SignedTokens;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A guard opens /verify once online; with the network switched off (DevTools network
 * emulation) the page still opens, from its service worker's cache, and checks health
 * codes in the browser with the cached public keys: "离线核验", colour, masked name, test and
 * vaccination from the token, and an altered token refused (issue 14).
 */
@IntegrationTest
class VerifyOfflineBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	SignedTokens signedTokens;

	@Test
	void onceOpenedTheVerifyPageChecksTokensWithoutANetwork() {
		ApiClient api = new ApiClient(this.port);
		Resident visitor = new People(api).registeredResident("诸葛小亮");
		HealthRecords records = new HealthRecords(api);
		records.tested(visitor, "NEGATIVE", java.time.Instant.now());
		records.vaccinated(visitor, 2);
		try (BrowserSession guard = new BrowserSession(api.baseUrl())) {
			guard.open("/verify");
			// online, the server checks it and shows the same fields from the token
			guard.type(By.id("token"), tokenOf(api, visitor));
			guard.click(By.id("verify-submit"));
			assertThat(guard.visible(By.id("result-nat")).getText()).isEqualTo("24小时内 阴性");
			assertThat(guard.find(By.id("result-vaccination")).getText()).isEqualTo("已完成全程接种");
			guard.open("/verify");
			guard.visible(By.id("offline-ready"));

			offline(guard, true);
			assertThat(guard.script("return navigator.onLine;")).isEqualTo(false);
			guard.open("/verify");
			assertThat(guard.visible(By.id("offline-mode")).getText()).startsWith("离线核验");
			guard.type(By.id("token"), tokenOf(api, visitor));
			guard.click(By.id("verify-submit"));

			assertThat(guard.visible(By.id("offline-badge")).getText()).isEqualTo("离线核验");
			assertThat(guard.find(By.id("offline-result")).getAttribute("data-color")).isEqualTo("GREEN");
			assertThat(guard.find(By.id("offline-color")).getText()).isEqualTo("绿码");
			assertThat(guard.find(By.id("offline-name")).getText()).isEqualTo("诸**亮");
			assertThat(guard.find(By.id("offline-nat")).getText()).isEqualTo("24小时内 阴性");
			assertThat(guard.find(By.id("offline-vaccination")).getText()).isEqualTo("已完成全程接种");
			guard.screenshot("usability-verify-offline");

			guard.type(By.id("token"), withPositiveTest(tokenOf(api, visitor)));
			guard.click(By.id("verify-submit"));
			assertThat(guard.visible(By.id("offline-problem")).getAttribute("data-code"))
				.isEqualTo("HEALTH_TOKEN_INVALID");
			assertThat(guard.find(By.id("offline-result")).isDisplayed()).isFalse();

			// keys rotate: the key is picked by the token's key id
			String[] parts = tokenOf(api, visitor).split("\\.");
			guard.type(By.id("token"), parts[0] + ".retired-key." + parts[2]);
			guard.click(By.id("verify-submit"));
			guard.waitFor(ExpectedConditions.attributeToBe(By.id("offline-problem"), "data-code",
					"HEALTH_TOKEN_UNKNOWN_KEY"));

			// a v1 token still in circulation: colour and name, no test or vaccination in
			// it
			long now = java.time.Instant.now().getEpochSecond();
			guard.type(By.id("token"), this.signedTokens.sign("health",
					("v1|ref|YELLOW|" + now + "|" + (now + 60) + "|张*三").getBytes(StandardCharsets.UTF_8)));
			guard.click(By.id("verify-submit"));
			guard.waitFor(ExpectedConditions.attributeToBe(By.id("offline-result"), "data-color", "YELLOW"));
			assertThat(guard.find(By.id("offline-name")).getText()).isEqualTo("张*三");
			assertThat(guard.find(By.id("offline-nat-line")).isDisplayed()).isFalse();

			// a browser without Ed25519 in WebCrypto says so instead of guessing
			guard.script("crypto.subtle.importKey = function () {"
					+ " return Promise.reject(new DOMException('no', 'NotSupportedError')); };");
			guard.type(By.id("token"), tokenOf(api, visitor));
			guard.click(By.id("verify-submit"));
			guard.waitFor(ExpectedConditions.attributeToBe(By.id("offline-problem"), "data-code",
					"verify.offline.unsupported"));
			assertThat(guard.find(By.id("offline-problem")).getText()).contains("Ed25519");
			assertThat(guard.horizontalOverflow()).isZero();
			assertThat(guard.cspViolations()).isEmpty();

			// back online, the page that came from the cache posts to the server again
			offline(guard, false);
			guard.type(By.id("token"), tokenOf(api, visitor));
			guard.click(By.id("verify-submit"));
			assertThat(guard.visible(By.id("result-nat")).getText()).isEqualTo("24小时内 阴性");
			assertThat(guard.find(By.id("offline-mode")).isDisplayed()).isFalse();
		}
	}

	private static void offline(BrowserSession session, boolean offline) {
		ChromeDriver chrome = (ChromeDriver) session.driver();
		chrome.executeCdpCommand("Network.enable", Map.of());
		chrome.executeCdpCommand("Network.emulateNetworkConditions",
				Map.of("offline", offline, "latency", 0, "downloadThroughput", -1, "uploadThroughput", -1));
		session.waitFor(ExpectedConditions.jsReturnsValue("return navigator.onLine === " + !offline + " || null;"));
	}

	private static String tokenOf(ApiClient api, Resident resident) {
		return api.get("/api/v1/me/health-code", resident.token()).expectStatus(200).json().get("token").asString();
	}

	/** The token with its payload saying POSITIVE instead of NEGATIVE, signature kept. */
	private static String withPositiveTest(String token) {
		String[] parts = token.split("\\.");
		String payload = new String(Base64.getUrlDecoder().decode(parts[0]), StandardCharsets.UTF_8);
		String altered = Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString(payload.replace("NEGATIVE", "POSITIVE").getBytes(StandardCharsets.UTF_8));
		assertThat(altered).isNotEqualTo(parts[0]);
		return altered + "." + parts[1] + "." + parts[2];
	}

}
