package org.healthcode.health;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;

import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;
import org.bouncycastle.crypto.signers.Ed25519Signer;
import tools.jackson.databind.JsonNode;

import org.healthcode.support.ApiClient;
import org.healthcode.support.IntegrationTest;
import org.healthcode.support.People;
import org.healthcode.support.People.Resident;
import org.healthcode.support.SignedTokens;
import org.healthcode.support.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Version 2 of the health-code token carries the latest test and the vaccination, so a
 * verifier sees them without asking the server; v1 tokens issued before keep verifying
 * until their minute is over (docs/verification.md).
 */
@IntegrationTest
class HealthTokenV2IntegrationTests {

	private static final Base64.Decoder B64URL = Base64.getUrlDecoder();

	@LocalServerPort
	int port;

	@Autowired
	TestClock clock;

	@Autowired
	SignedTokens signedTokens;

	ApiClient api;

	Resident tested;

	@BeforeEach
	void setUp() {
		this.api = new ApiClient(this.port);
		this.tested = new People(this.api).registeredResident("上官小燕");
		HealthRecords records = new HealthRecords(this.api);
		records.tested(this.tested, "NEGATIVE", this.clock.instant());
		records.vaccinated(this.tested, 3);
	}

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void theTokenCarriesTheTestWithItsAgeAndTheVaccination() {
		String payload = payloadOf(tokenOf(this.tested));

		assertThat(payload).startsWith("v2|")
			.endsWith(
					"|GREEN|" + payload.split("\\|")[3] + "|" + payload.split("\\|")[4] + "|NEGATIVE|H24|BOOSTER|上**燕");
	}

	@Test
	void theVerifyApiShowsTheTestAndVaccinationFromTheToken() {
		JsonNode verified = verify(tokenOf(this.tested)).expectStatus(200).json();

		assertThat(verified.get("version").asString()).isEqualTo("v2");
		assertThat(verified.get("nat").get("state").asString()).isEqualTo("NEGATIVE");
		assertThat(verified.get("nat").get("age").asString()).isEqualTo("H24");
		assertThat(verified.get("vaccination").get("state").asString()).isEqualTo("BOOSTER");
		assertThat(verified.get("maskedName").asString()).isEqualTo("上**燕");
	}

	@Test
	void someoneWithoutRecordsGetsNoneAndNoAge() {
		Resident untested = new People(this.api).registeredResident("司马无记");
		String token = tokenOf(untested);

		assertThat(payloadOf(token)).endsWith("|NONE||NONE|司**记");
		JsonNode verified = verify(token).expectStatus(200).json();
		assertThat(verified.get("nat").get("state").asString()).isEqualTo("NONE");
		assertThat(verified.get("nat").get("age").isNull()).isTrue();
		assertThat(verified.get("vaccination").get("state").asString()).isEqualTo("NONE");
	}

	@Test
	void aVersionOneTokenStillInCirculationVerifiesUntilItExpires() {
		long now = this.clock.instant().getEpochSecond();
		String v1 = this.signedTokens.sign("health",
				("v1|someref|YELLOW|" + now + "|" + (now + 60) + "|张*三").getBytes(StandardCharsets.UTF_8));

		JsonNode verified = verify(v1).expectStatus(200).json();
		assertThat(verified.get("version").asString()).isEqualTo("v1");
		assertThat(verified.get("color").asString()).isEqualTo("YELLOW");
		assertThat(verified.get("maskedName").asString()).isEqualTo("张*三");
		assertThat(verified.get("nat").isNull()).isTrue();
		assertThat(verified.get("vaccination").isNull()).isTrue();

		this.clock.advance(Duration.ofSeconds(60));
		assertThat(verify(v1).status()).isEqualTo(400);
		assertThat(verify(v1).problemCode()).isEqualTo("HEALTH_TOKEN_EXPIRED");
	}

	/**
	 * Only what {@code GET /api/v1/keys} publishes, Bouncy Castle's Ed25519 and
	 * docs/verification.md: no class of the platform takes part.
	 */
	@Test
	void aVerifierWithOnlyThePublicKeyAndBouncyCastleReadsTheTestAndVaccination() {
		String token = tokenOf(this.tested);
		String[] parts = token.split("\\.");
		JsonNode key = null;
		for (JsonNode published : this.api.get("/api/v1/keys", null).expectStatus(200).json().get("keys")) {
			if (published.get("keyId").asString().equals(parts[1])) {
				key = published;
			}
		}
		assertThat(key).as("the token's key id is published").isNotNull();
		byte[] publicKey = B64URL.decode(key.get("publicKey").asString());

		assertThat(signatureHolds(publicKey, parts[1], parts[0], B64URL.decode(parts[2]))).isTrue();
		String[] fields = new String(B64URL.decode(parts[0]), StandardCharsets.UTF_8).split("\\|", 9);
		assertThat(fields[0]).isEqualTo("v2");
		assertThat(fields[2]).isEqualTo("GREEN");
		assertThat(Instant.ofEpochSecond(Long.parseLong(fields[4]))).isAfter(this.clock.instant());
		assertThat(fields[5]).isEqualTo("NEGATIVE");
		assertThat(fields[6]).isEqualTo("H24");
		assertThat(fields[7]).isEqualTo("BOOSTER");
		assertThat(fields[8]).isEqualTo("上**燕");

		// the same token with "NEGATIVE" turned into "POSITIVE" no longer verifies
		String altered = Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString(String.join("|", fields).replace("NEGATIVE", "POSITIVE").getBytes(StandardCharsets.UTF_8));
		assertThat(signatureHolds(publicKey, parts[1], altered, B64URL.decode(parts[2]))).isFalse();
		assertThat(signatureHolds(publicKey, "other-key", parts[0], B64URL.decode(parts[2]))).isFalse();
	}

	private static boolean signatureHolds(byte[] publicKey, String keyId, String payload, byte[] signature) {
		Ed25519Signer verifier = new Ed25519Signer();
		verifier.init(false, new Ed25519PublicKeyParameters(publicKey, 0));
		byte[] signed = ("healthcode/health/" + keyId + "/" + payload).getBytes(StandardCharsets.US_ASCII);
		verifier.update(signed, 0, signed.length);
		return verifier.verifySignature(signature);
	}

	private String tokenOf(Resident resident) {
		return this.api.get("/api/v1/me/health-code", resident.token())
			.expectStatus(200)
			.json()
			.get("token")
			.asString();
	}

	private static String payloadOf(String token) {
		return new String(B64URL.decode(token.split("\\.")[0]), StandardCharsets.UTF_8);
	}

	private ApiClient.Response verify(String token) {
		return this.api.post("/api/v1/verify", Map.of("token", token), null);
	}

}
