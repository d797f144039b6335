package org.healthcode.health;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;

import tools.jackson.databind.JsonNode;

import org.healthcode.health.OfflineHealthCodeVerifier.Outcome;
import org.healthcode.support.ApiClient;
import org.healthcode.support.ApiClient.Response;
import org.healthcode.support.IntegrationTest;
import org.healthcode.support.SignedTokens;
import org.healthcode.support.TestClock;
import org.healthcode.support.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class HealthCodeVerificationIntegrationTests {

	private static final Base64.Encoder B64URL = Base64.getUrlEncoder().withoutPadding();

	private static final Base64.Decoder B64URL_DECODER = Base64.getUrlDecoder();

	@LocalServerPort
	int port;

	@Autowired
	TestClock clock;

	@Autowired
	SignedTokens signedTokens;

	ApiClient api;

	String idNumber;

	JsonNode code;

	@BeforeEach
	void setUp() {
		this.api = new ApiClient(this.port);
		this.idNumber = TestData.idNumber();
		String resident = this.api.residentToken(TestData.phone());
		this.api.put("/api/v1/me/profile", Map.of("name", "欧阳小明", "idNumber", this.idNumber), resident)
			.expectStatus(200);
		this.api
			.put("/api/v1/health-status",
					Map.of("idNumber", this.idNumber, "color", "YELLOW", "reason", "RISK_AREA_VISIT"),
					this.api.officialToken())
			.expectStatus(200);
		this.code = this.api.get("/api/v1/me/health-code", resident).expectStatus(200).json();
	}

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void theCodeCarriesColourMaskedIdentityAndAShortLivedToken() {
		assertThat(this.code.get("color").asString()).isEqualTo("YELLOW");
		assertThat(this.code.get("maskedName").asString()).isEqualTo("欧**明");
		assertThat(this.code.get("maskedIdNumber").asString()).startsWith(this.idNumber.substring(0, 4))
			.endsWith(this.idNumber.substring(14));
		assertThat(this.code.get("refreshSeconds").asLong()).isBetween(1L, 59L);
		Instant expires = Instant.parse(this.code.get("expiresAt").asString());
		assertThat(expires).isBetween(this.clock.instant().plusSeconds(50), this.clock.instant().plusSeconds(61));
		assertThat(this.code.get("updatedAt").isNull()).isFalse();
	}

	@Test
	void theTokenNamesThePersonOnlyByAnOpaqueReference() {
		String[] parts = token().split("\\.");
		String payload = new String(B64URL_DECODER.decode(parts[0]), StandardCharsets.UTF_8);
		String[] fields = payload.split("\\|", -1);

		assertThat(fields).hasSize(9);
		assertThat(fields[0]).isEqualTo("v2");
		assertThat(fields[2]).isEqualTo("YELLOW");
		assertThat(fields[8]).isEqualTo("欧**明");
		assertThat(payload).doesNotContain(this.idNumber)
			.doesNotContain(this.idNumber.substring(6, 14))
			.doesNotContain("小");
		assertThat(Long.parseLong(fields[4]) - Long.parseLong(fields[3])).isEqualTo(60);
	}

	@Test
	void aFreshTokenVerifiesWithColourAndMaskedName() {
		Response verified = verify(token()).expectStatus(200);

		assertThat(verified.json().get("valid").asBoolean()).isTrue();
		assertThat(verified.json().get("color").asString()).isEqualTo("YELLOW");
		assertThat(verified.json().get("maskedName").asString()).isEqualTo("欧**明");
		assertThat(verified.json().get("expiresAt").asString()).isEqualTo(this.code.get("expiresAt").asString());
	}

	@Test
	void aTokenExpiresAfterItsMinute() {
		this.clock.advance(Duration.ofSeconds(61));

		assertProblem(verify(token()), "HEALTH_TOKEN_EXPIRED");
	}

	@Test
	void anAlteredPayloadIsInvalid() {
		String[] parts = token().split("\\.");
		String payload = new String(B64URL_DECODER.decode(parts[0]), StandardCharsets.UTF_8).replace("YELLOW", "GREEN");
		String altered = B64URL.encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + parts[1] + "."
				+ parts[2];

		assertProblem(verify(altered), "HEALTH_TOKEN_INVALID");
	}

	@Test
	void anAlteredSignatureIsInvalid() {
		String token = token();
		char last = token.charAt(token.length() - 3);
		String altered = token.substring(0, token.length() - 3) + (last == 'A' ? 'B' : 'A')
				+ token.substring(token.length() - 2);

		assertProblem(verify(altered), "HEALTH_TOKEN_INVALID");
	}

	@Test
	void aTokenForgedWithAnotherKeyUnderTheRealKeyIdIsInvalid() throws Exception {
		String keyId = token().split("\\.")[1];

		assertProblem(verify(forge(keyId, "v1|ref|GREEN|0|9999999999|欧**明")), "HEALTH_TOKEN_INVALID");
	}

	@Test
	void aTokenFromAnUnknownKeyIsReportedAsSuch() throws Exception {
		assertProblem(verify(forge("rogue-1", "v1|ref|GREEN|0|9999999999|欧**明")), "HEALTH_TOKEN_UNKNOWN_KEY");
	}

	@Test
	void garbageAndTokensOfAnotherPurposeAreInvalid() {
		assertProblem(verify("not-a-token"), "HEALTH_TOKEN_INVALID");
		assertProblem(verify("a.b.c"), "HEALTH_TOKEN_INVALID");
		// a token the server signed for another purpose (a venue code) must not pass as a
		// health code
		String venueToken = this.signedTokens.sign("venue",
				"v1|ref|GREEN|0|9999999999|x".getBytes(StandardCharsets.UTF_8));
		assertProblem(verify(venueToken), "HEALTH_TOKEN_INVALID");
	}

	@Test
	void keysArePublishedForOfflineChecksAndCached() {
		Response keys = this.api.get("/api/v1/keys", null).expectStatus(200);

		JsonNode first = keys.json().get("keys").get(0);
		assertThat(first.get("algorithm").asString()).isEqualTo("Ed25519");
		assertThat(B64URL_DECODER.decode(first.get("publicKey").asString())).hasSize(32);
		assertThat(keys.header("Cache-Control")).contains("max-age=600").contains("public");
	}

	@Test
	void aVerifierWithOnlyThePublicKeyChecksTokensOffline() {
		JsonNode key = this.api.get("/api/v1/keys", null).json().get("keys").get(0);
		OfflineHealthCodeVerifier raw = new OfflineHealthCodeVerifier().withRawKey(key.get("keyId").asString(),
				key.get("publicKey").asString());
		OfflineHealthCodeVerifier spki = new OfflineHealthCodeVerifier().withSpkiKey(key.get("keyId").asString(),
				key.get("spki").asString());
		String token = token();
		Instant now = this.clock.instant();

		OfflineHealthCodeVerifier.Result result = raw.verify(token, now);

		assertThat(result.outcome()).isEqualTo(Outcome.VALID);
		assertThat(result.color()).isEqualTo("YELLOW");
		assertThat(result.maskedName()).isEqualTo("欧**明");
		assertThat(result.natState()).isEqualTo("NONE");
		assertThat(result.natAge()).isNull();
		assertThat(result.vaccination()).isEqualTo("NONE");
		assertThat(spki.verify(token, now).outcome()).isEqualTo(Outcome.VALID);
		assertThat(raw.verify(token, now.plusSeconds(61)).outcome()).isEqualTo(Outcome.EXPIRED);
		String altered = token.substring(0, 5) + (token.charAt(5) == 'A' ? 'B' : 'A') + token.substring(6);
		assertThat(raw.verify(altered, now).outcome()).isEqualTo(Outcome.INVALID);
		assertThat(new OfflineHealthCodeVerifier().verify(token, now).outcome()).isEqualTo(Outcome.UNKNOWN_KEY);
	}

	private String token() {
		return this.code.get("token").asString();
	}

	private Response verify(String token) {
		return this.api.post("/api/v1/verify", Map.of("token", token), null);
	}

	private static void assertProblem(Response response, String code) {
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.header("Content-Type")).startsWith("application/problem+json");
		assertThat(response.problemCode()).isEqualTo(code);
	}

	/** A token in the right format, signed by a key the server has never seen. */
	private static String forge(String keyId, String payload) throws Exception {
		KeyPair key = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
		String encoded = B64URL.encodeToString(payload.getBytes(StandardCharsets.UTF_8));
		Signature signature = Signature.getInstance("Ed25519");
		signature.initSign(key.getPrivate());
		signature.update(("healthcode/health/" + keyId + "/" + encoded).getBytes(StandardCharsets.US_ASCII));
		return encoded + "." + keyId + "." + B64URL.encodeToString(signature.sign());
	}

}
