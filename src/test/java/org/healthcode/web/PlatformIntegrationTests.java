package org.healthcode.web;

import java.net.http.HttpRequest;
import java.util.List;

import jakarta.servlet.Filter;

import org.healthcode.support.ApiClient;
import org.healthcode.support.ApiClient.Response;
import org.healthcode.support.IntegrationTest;
import org.healthcode.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationContext;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

import static org.assertj.core.api.Assertions.assertThat;

/** What every feature relies on: errors, language, docs, health, assets. */
@IntegrationTest
class PlatformIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	ApiClient api;

	@BeforeEach
	void setUp() {
		this.api = new ApiClient(this.port);
	}

	@Test
	void malformedJsonIsAProblemWithoutParserDetails() {
		Response response = this.api.postRaw("/api/v1/auth/otp", "application/json", "{\"phone\": ", null);

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.header("Content-Type")).startsWith("application/problem+json");
		assertThat(response.problemCode()).isEqualTo("MALFORMED_REQUEST");
		assertThat(response.text()).doesNotContain("Exception").doesNotContain("at [Source");
	}

	@Test
	void missingFieldsAreValidationProblemsNamingTheField() {
		Response response = this.api.postRaw("/api/v1/auth/otp", "application/json", "{}", null);

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.problemCode()).isEqualTo("VALIDATION_FAILED");
		assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("phone");
	}

	@Test
	void wrongContentTypeAndMethodAreProblems() {
		Response xml = this.api.postRaw("/api/v1/auth/otp", "application/xml", "<phone/>", null);
		Response get = this.api.get("/api/v1/auth/otp", null);

		assertThat(xml.status()).isEqualTo(415);
		assertThat(xml.problemCode()).isEqualTo("UNSUPPORTED_MEDIA_TYPE");
		assertThat(get.status()).isEqualTo(405);
		assertThat(get.problemCode()).isEqualTo("METHOD_NOT_ALLOWED");
	}

	@Test
	void oversizeBodiesAreRefusedUnread() {
		String huge = "{\"phone\":\"" + "1".repeat(3 * 1024 * 1024) + "\"}";

		Response response = this.api.postRaw("/api/v1/auth/otp", "application/json", huge, null);

		assertThat(response.status()).isEqualTo(413);
		assertThat(response.problemCode()).isEqualTo("BODY_TOO_LARGE");
	}

	@Test
	void unknownApiPathsAreNotFoundProblemsForSignedInCallers() {
		String token = this.api.residentToken(TestData.phone());

		Response response = this.api.get("/api/v1/no-such-thing", token);

		assertThat(response.status()).isEqualTo(404);
		assertThat(response.problemCode()).isEqualTo("NOT_FOUND");
	}

	@Test
	void unknownPagesShowAFriendlyPageWithoutInternals() {
		Response page = this.api
			.send(this.api.request("/css/no-such-file.css", null).header("Accept", "text/html").GET());

		assertThat(page.status()).isEqualTo(404);
		assertThat(page.text()).contains("找不到这个页面").doesNotContain("Whitelabel").doesNotContain("Exception");
	}

	@Test
	void homePageIsChineseByDefaultAndEnglishOnRequest() {
		Response chinese = this.api.get("/", null).expectStatus(200);
		Response english = this.api.get("/?lang=en", null).expectStatus(200);

		assertThat(chinese.text()).contains("lang=\"zh-CN\"").contains("居民登录");
		assertThat(english.text()).contains("lang=\"en\"").contains("Resident login");
		assertThat(english.header("Set-Cookie")).contains("hc-lang=en");
	}

	@Test
	void problemsSpeakEnglishWhenAsked() {
		Response response = this.api
			.send(this.api.request("/api/v1/session", null).header("Accept-Language", "en").GET());

		assertThat(response.status()).isEqualTo(401);
		assertThat(response.json().get("detail").asString()).contains("log in");
	}

	@Test
	void staticAssetsAreFingerprintedAndCachedForAYear() {
		String home = this.api.get("/", null).text();
		String css = home.replaceAll("(?s).*href=\"(/css/app-[0-9a-f]+\\.css)\".*", "$1");
		String js = home.replaceAll("(?s).*src=\"(/js/app-[0-9a-f]+\\.js)\".*", "$1");
		String icon = home.replaceAll("(?s).*href=\"(/img/favicon-[0-9a-f]+\\.svg)\".*", "$1");

		Response asset = this.api.get(css, null).expectStatus(200);

		assertThat(css).matches("/css/app-[0-9a-f]+\\.css");
		assertThat(js).matches("/js/app-[0-9a-f]+\\.js");
		assertThat(icon).matches("/img/favicon-[0-9a-f]+\\.svg");
		assertThat(asset.header("Cache-Control")).contains("max-age=31536000");
		assertThat(this.api.get(js, null).expectStatus(200).header("Cache-Control")).contains("max-age=31536000");
		assertThat(home).contains("href=\"/login");
	}

	@Test
	void linksAreFingerprintedByTheFilterThatLooksUpStaticLinksOnly() {
		List<Filter> fingerprinting = this.context.getBeansOfType(FilterRegistrationBean.class)
			.values()
			.stream()
			.map(FilterRegistrationBean::getFilter)
			.filter(ResourceUrlEncodingFilter.class::isInstance)
			.toList();

		assertThat(fingerprinting).singleElement().isInstanceOf(StaticLinkEncodingFilter.class);
	}

	@Test
	void healthAndApiDocsArePublished() {
		assertThat(this.api.get("/actuator/health", null).expectStatus(200).json().get("status").asString())
			.isEqualTo("UP");
		Response docs = this.api.get("/v3/api-docs", null).expectStatus(200);
		assertThat(docs.json().get("paths").has("/api/v1/auth/otp")).isTrue();
		assertThat(this.api.get("/swagger-ui/index.html", null).status()).isEqualTo(200);
	}

	@Test
	void pagesCarryCsrfProtection() {
		Response post = this.api.send(this.api.request("/login/code", null)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("phone=" + TestData.phone())));

		assertThat(post.status()).isEqualTo(403);
	}

}
