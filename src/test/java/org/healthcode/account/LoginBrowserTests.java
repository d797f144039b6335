package org.healthcode.account;

import org.healthcode.support.BrowserSession;
import org.healthcode.support.IntegrationTest;
import org.healthcode.support.TestData;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class LoginBrowserTests {

	@LocalServerPort
	int port;

	@Test
	void residentLogsInWithPhoneAndTheSmsCode() {
		try (BrowserSession browser = new BrowserSession("http://localhost:" + this.port)) {
			browser.open("/");
			browser.click(By.linkText("用手机号登录"));
			browser.type(By.id("phone"), TestData.phone());
			browser.click(By.id("send-code"));
			String demo = browser.visible(By.id("demo-code")).getText();
			browser.screenshot("login-code-step");
			browser.type(By.id("code"), demo.replaceAll("\\D", ""));
			browser.click(By.id("sign-in"));

			// a new resident is led to real-name registration first
			browser.visible(By.id("profile-form"));
			assertThat(browser.driver().getCurrentUrl()).endsWith("/me/profile");
			assertThat(browser.find(By.className("signed-in")).getText()).containsPattern("139\\*{4}\\d{4}");
			browser.screenshot("login-done");
		}
	}

	@Test
	void aWrongCodeIsExplainedOnThePage() {
		try (BrowserSession browser = new BrowserSession("http://localhost:" + this.port)) {
			browser.open("/login");
			browser.type(By.id("phone"), TestData.phone());
			browser.click(By.id("send-code"));
			String code = browser.visible(By.id("demo-code")).getText().replaceAll("\\D", "");
			browser.type(By.id("code"), code.equals("000000") ? "111111" : "000000");
			browser.click(By.id("sign-in"));

			assertThat(browser.visible(By.id("problem")).getText()).contains("验证码不正确");
		}
	}

	@Test
	void officialLogsInWithUsernameAndPasswordInEnglish() {
		try (BrowserSession browser = new BrowserSession("http://localhost:" + this.port)) {
			browser.open("/staff/login?lang=en");
			browser.type(By.id("username"), "official");
			browser.type(By.id("password"), TestData.OFFICIAL_PASSWORD);
			browser.click(By.id("staff-sign-in"));

			browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"),
					"You are signed in as a health official."));
		}
	}

}
