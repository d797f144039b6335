package org.healthcode.account;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.healthcode.support.IntegrationTest;
import org.healthcode.support.RawHttp;
import org.healthcode.support.RawHttp.Answer;
import org.healthcode.support.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.ui.ExtendedModelMap;

import static org.assertj.core.api.Assertions.assertThat;

/** What a page login changes: the CSRF token, the session's idle time, the way back. */
@IntegrationTest
class StaffSessionIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	LoginPageController logins;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void clearContext() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void aCsrfTokenFromBeforeLoginIsWorthlessAfterIt() throws Exception {
		HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		String before = csrf(get(browser, "/staff/login"));
		HttpResponse<String> login = post(browser, "/staff/login",
				"username=official&password=" + encode(TestData.OFFICIAL_PASSWORD), before);
		assertThat(login.statusCode()).isEqualTo(302);

		HttpResponse<String> stale = post(browser, "/logout", "", before);
		int stillSignedIn = get(browser, "/official/dashboard").statusCode();
		String after = csrf(get(browser, "/"));
		HttpResponse<String> fresh = post(browser, "/logout", "", after);

		// refused (to the session-ended page), and the official is still signed in
		assertThat(stale.statusCode()).isEqualTo(303);
		assertThat(stale.headers().firstValue("Location")).hasValue("/session-ended");
		assertThat(stillSignedIn).isEqualTo(200);
		assertThat(fresh.statusCode()).isEqualTo(302);
		assertThat(get(browser, "/official/dashboard").statusCode()).isEqualTo(302);
	}

	@Test
	void staffSessionsGetTheShortIdleTimeout() {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/staff/login");
		request.getSession(true).setMaxInactiveInterval(8 * 3600);

		String view = this.logins.staffSignIn("official", TestData.OFFICIAL_PASSWORD, request,
				new MockHttpServletResponse(), new ExtendedModelMap());

		assertThat(view).isEqualTo("redirect:/");
		assertThat(request.getSession(false).getMaxInactiveInterval()).isEqualTo(15 * 60);
	}

	@Test
	void theStoredStaffSessionExpiresAfterTheShortIdleTimeAndAResidentsAfterTheLongOne() throws Exception {
		CookieManager staffCookies = new CookieManager();
		HttpClient staff = HttpClient.newBuilder().cookieHandler(staffCookies).build();
		post(staff, "/staff/login", "username=official&password=" + encode(TestData.OFFICIAL_PASSWORD),
				csrf(get(staff, "/staff/login")));
		CookieManager residentCookies = new CookieManager();
		HttpClient resident = HttpClient.newBuilder().cookieHandler(residentCookies).build();
		post(resident, "/login/code", "phone=" + TestData.phone(), csrf(get(resident, "/login")));
		String code = get(resident, "/login").body().replaceAll("(?s).*id=\"demo-code\"[^0-9]*(\\d{6}).*", "$1");
		post(resident, "/login", "code=" + code, csrf(get(resident, "/login")));

		assertThat(storedIdleSeconds(staffCookies)).isEqualTo(15 * 60);
		assertThat(storedIdleSeconds(residentCookies)).isEqualTo(8 * 3600);
	}

	@Test
	void afterLoginTheWayBackIsAPathNeverTheRequestsHost() {
		RawHttp raw = new RawHttp(this.port);
		Answer protectedPage = raw.send("GET /official/dashboard?view=week HTTP/1.1\r\nHost: evil.example\r\n"
				+ "Accept: text/html\r\nConnection: close\r\n\r\n");
		assertThat(protectedPage.header("Location")).isEqualTo("/staff/login");
		String cookie = protectedPage.header("Set-Cookie").split(";")[0];
		Answer form = raw.send("GET /staff/login HTTP/1.1\r\nHost: evil.example\r\nAccept: text/html\r\nCookie: "
				+ cookie + "\r\nConnection: close\r\n\r\n");
		String body = "_csrf=" + encode(csrf(form.body())) + "&username=official&password="
				+ encode(TestData.OFFICIAL_PASSWORD);

		Answer login = raw.send("POST /staff/login HTTP/1.1\r\nHost: evil.example\r\nAccept: text/html\r\nCookie: "
				+ cookie + "\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: " + body.length()
				+ "\r\nConnection: close\r\n\r\n" + body);

		assertThat(login.status()).isEqualTo(302);
		// Spring Security's request cache marks the way back with "continue"
		assertThat(login.header("Location")).isEqualTo("/official/dashboard?view=week&continue");
	}

	@Test
	void aSavedUrlBecomesItsPathAndQuery() {
		assertThat(LoginPageController.localPath("http://evil.example:8080/me/checkins?day=2022-04-01"))
			.isEqualTo("/me/checkins?day=2022-04-01");
		assertThat(LoginPageController.localPath("http://evil.example//evil.example/x")).isEqualTo("/");
		assertThat(LoginPageController.localPath("not a url")).isEqualTo("/");
	}

	/** The idle time of the session the cookie names, as the session store keeps it. */
	private int storedIdleSeconds(CookieManager cookies) {
		String value = cookies.getCookieStore()
			.getCookies()
			.stream()
			.filter(cookie -> cookie.getName().equals("SESSION"))
			.findFirst()
			.orElseThrow()
			.getValue();
		String sessionId = new String(Base64.getDecoder().decode(value), StandardCharsets.US_ASCII);
		return this.jdbc.sql("select max_inactive_interval from spring_session where session_id = :id")
			.param("id", sessionId)
			.query(Integer.class)
			.single();
	}

	private HttpResponse<String> get(HttpClient browser, String path) throws Exception {
		return browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Accept", "text/html")
			.GET()
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> post(HttpClient browser, String path, String form, String csrf) throws Exception {
		String body = "_csrf=" + encode(csrf) + (form.isEmpty() ? "" : "&" + form);
		return browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Accept", "text/html")
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static String csrf(HttpResponse<String> page) {
		return csrf(page.body());
	}

	private static String csrf(String html) {
		Matcher meta = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"").matcher(html);
		if (meta.find()) {
			return meta.group(1);
		}
		Matcher input = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(html);
		assertThat(input.find()).as("a CSRF token on the page").isTrue();
		return input.group(1);
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
