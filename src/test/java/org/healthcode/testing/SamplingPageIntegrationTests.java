package org.healthcode.testing;

import java.util.Map;

import org.healthcode.support.ApiClient;
import org.healthcode.support.IntegrationTest;
import org.healthcode.support.PageSession;
import org.healthcode.support.SiteStaff;
import org.healthcode.support.TestData;
import org.healthcode.support.Tubes;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class SamplingPageIntegrationTests {

	@LocalServerPort
	int port;

	@Test
	void aSamplerOpensFillsAndClosesATubeOnTheConsole() {
		ApiClient api = new ApiClient(this.port);
		String username = new SiteStaff(api).create("SAMPLER", "页面采样点", "370102");
		PageSession sampler = new PageSession(this.port);
		sampler.post("/staff/login", "/staff/login", Map.of("username", username, "password", SiteStaff.SITE_PASSWORD));
		String tube = Tubes.code();

		sampler.post("/sampling", "/sampling/tubes", Map.of("tubeCode", tube, "poolSize", "10"));
		String page = sampler.get("/sampling?tube=" + tube).body();
		assertThat(page).contains("0 / 10").contains("id=\"scanner\"").contains("/verify/decode");

		sampler.post("/sampling?tube=" + tube, "/sampling/tubes/" + tube + "/samples",
				Map.of("idNumber", TestData.idNumber(), "name", "牛大爷"));
		assertThat(sampler.get("/sampling?tube=" + tube).body()).contains("1 / 10");
		sampler.post("/sampling?tube=" + tube, "/sampling/tubes/" + tube + "/samples",
				Map.of("idNumber", "123", "name", "牛大爷"));
		sampler.post("/sampling?tube=" + tube, "/sampling/tubes/" + tube + "/close", Map.of());
		assertThat(sampler.get("/sampling?tube=" + tube).body()).contains("已封管").doesNotContain("id=\"id-form\"");

		assertThat(sampler.get("/sampling?tube=T%20bad").body()).contains("试管编号只能是");
	}

}
