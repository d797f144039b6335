package org.healthcode.web;

import org.healthcode.support.ApiClient;
import org.healthcode.support.ApiClient.Response;
import org.healthcode.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * API answers are sent whole, with their length, rather than flushed early as chunks.
 */
@IntegrationTest
class SingleWriteApiResponseIntegrationTests {

	@LocalServerPort
	int port;

	@Test
	void aJsonAnswerCarriesItsLengthAndIsNotChunked() {
		Response keys = new ApiClient(this.port).get("/api/v1/keys", null).expectStatus(200);

		assertThat(keys.header("Transfer-Encoding")).isNull();
		assertThat(keys.header("Content-Length")).isEqualTo(String.valueOf(keys.body().length));
		assertThat(keys.json().get("keys").get(0).get("algorithm").asString()).isEqualTo("Ed25519");
	}

	@Test
	void aProblemAnswerToo() {
		Response problem = new ApiClient(this.port).get("/api/v1/me/checkins", null);

		assertThat(problem.status()).isEqualTo(401);
		assertThat(problem.header("Transfer-Encoding")).isNull();
		assertThat(problem.header("Content-Length")).isEqualTo(String.valueOf(problem.body().length));
	}

}
