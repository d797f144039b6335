package org.healthcode.venue;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import tools.jackson.databind.JsonNode;

import org.healthcode.support.ApiClient;
import org.healthcode.support.HealthCodeException;
import org.healthcode.support.IntegrationTest;
import org.healthcode.support.SignedTokens;
import org.healthcode.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * What a scanned venue token resolves to, and every way it can fail (for the check-in
 * feature).
 */
@IntegrationTest
class VenueTokenIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	VenueService venues;

	@Autowired
	SignedTokens signedTokens;

	ApiClient api;

	String resident;

	JsonNode venue;

	@BeforeEach
	void setUp() {
		this.api = new ApiClient(this.port);
		this.resident = this.api.residentToken(TestData.phone());
		this.venue = this.api
			.post("/api/v1/venues", VenueRequests.restaurant(VenueRequests.uniqueName("扫码测试")), this.resident)
			.expectStatus(201)
			.json();
	}

	@Test
	void aCurrentTokenOfAnActiveVenueResolvesToItsPublicFacts() {
		PublicVenue resolved = this.venues.resolveToken(token());

		assertThat(resolved.id()).isEqualTo(id());
		assertThat(resolved.name()).isEqualTo(this.venue.get("name").asString());
		assertThat(resolved.address()).isEqualTo("泉城路 188 号");
		assertThat(resolved.divisionCode()).isEqualTo("370102");
		assertThat(resolved.divisionName()).isEqualTo("山东省济南市历下区");
		assertThat(resolved.category()).isEqualTo(VenueCategory.CATERING_LODGING_RETAIL);
		assertThat(resolved.subtype()).isEqualTo(VenueSubtype.CATERING);
		assertThat(resolved.contactWindowMinutes()).isEqualTo(120);
		assertThat(resolved.toString()).doesNotContain("张");
	}

	@Test
	void anAlteredPayloadSignatureOrKeyIdIsInvalid() {
		String[] parts = token().split("\\.");
		String otherPayload = base64("v1|" + id() + "|2");
		String flippedSignature = parts[2].substring(0, 10) + (parts[2].charAt(10) == 'A' ? 'B' : 'A')
				+ parts[2].substring(11);

		assertInvalid(otherPayload + "." + parts[1] + "." + parts[2]);
		assertInvalid(parts[0] + "." + parts[1] + "." + flippedSignature);
		assertInvalid(parts[0] + ".another-key." + parts[2]);
		assertInvalid(parts[0] + "." + parts[1]);
		assertInvalid(token() + "x");
	}

	@ParameterizedTest
	@NullAndEmptySource
	@ValueSource(strings = { "not-a-token", "a.b.c", "../../etc/passwd", "<script>alert(1)</script>" })
	void garbageIsInvalid(String token) {
		assertInvalid(token);
	}

	@Test
	void aTokenSignedForAnotherPurposeIsInvalid() {
		String healthToken = this.signedTokens.sign("health",
				("v1|" + id() + "|1").getBytes(StandardCharsets.US_ASCII));

		assertInvalid(healthToken);
	}

	@Test
	void aGenuineTokenForAnUnknownVenueOrVersionOrPayloadIsInvalid() {
		assertInvalid(sign("v1|987654321|1"));
		assertInvalid(sign("v1|" + id() + "|7"));
		assertInvalid(sign("v2|" + id() + "|1"));
		assertInvalid(sign(id() + ""));
	}

	@Test
	void aSuspendedVenueRefusesScansUntilReactivated() {
		this.api.post(path() + "/suspend", Map.of(), this.resident).expectStatus(200);

		HealthCodeException suspended = catchThrowableOfType(HealthCodeException.class,
				() -> this.venues.resolveToken(token()));

		assertThat(suspended.code()).isEqualTo("VENUE_SUSPENDED");
		assertThat(suspended.status()).isEqualTo(HttpStatus.CONFLICT);
		this.api.post(path() + "/reactivate", Map.of(), this.resident).expectStatus(200);
		assertThat(this.venues.resolveToken(token()).id()).isEqualTo(id());
	}

	@Test
	void aRegeneratedCodeRetiresEveryOlderToken() {
		String first = token();
		String second = this.api.post(path() + "/regenerate", Map.of(), this.resident).json().get("token").asString();
		String third = this.api.post(path() + "/regenerate", Map.of(), this.resident).json().get("token").asString();

		for (String old : new String[] { first, second }) {
			HealthCodeException regenerated = catchThrowableOfType(HealthCodeException.class,
					() -> this.venues.resolveToken(old));
			assertThat(regenerated.code()).isEqualTo("VENUE_CODE_REGENERATED");
			assertThat(regenerated.status()).isEqualTo(HttpStatus.GONE);
		}
		assertThat(this.venues.resolveToken(third).id()).isEqualTo(id());
	}

	@Test
	void regeneratingASuspendedVenueKeepsItSuspended() {
		this.api.post(path() + "/suspend", Map.of(), this.resident).expectStatus(200);
		String fresh = this.api.post(path() + "/regenerate", Map.of(), this.resident).json().get("token").asString();

		HealthCodeException suspended = catchThrowableOfType(HealthCodeException.class,
				() -> this.venues.resolveToken(fresh));

		assertThat(suspended.code()).isEqualTo("VENUE_SUSPENDED");
	}

	@Test
	void publicFactsAndManagementCanBeLookedUpById() {
		long accountId = this.api.get("/api/v1/session", this.resident).json().get("accountId").asLong();
		this.api.post(path() + "/suspend", Map.of(), this.resident).expectStatus(200);

		assertThat(this.venues.findPublic(id()))
			.hasValueSatisfying(found -> assertThat(found.name()).isEqualTo(name()));
		assertThat(this.venues.findPublic(987654321L)).isEmpty();
		assertThat(this.venues.isManager(accountId, id())).isTrue();
		assertThat(this.venues.isManager(accountId + 100000, id())).isFalse();
		assertThat(this.venues.isManager(accountId, 987654321L)).isFalse();
	}

	private void assertInvalid(String token) {
		HealthCodeException invalid = catchThrowableOfType(HealthCodeException.class,
				() -> this.venues.resolveToken(token));
		assertThat(invalid).as(String.valueOf(token)).isNotNull();
		assertThat(invalid.code()).isEqualTo("VENUE_TOKEN_INVALID");
		assertThat(invalid.status()).isEqualTo(HttpStatus.BAD_REQUEST);
	}

	private String sign(String payload) {
		return this.signedTokens.sign(VenueTokens.PURPOSE, payload.getBytes(StandardCharsets.US_ASCII));
	}

	private static String base64(String text) {
		return java.util.Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString(text.getBytes(StandardCharsets.US_ASCII));
	}

	private String token() {
		return this.venue.get("token").asString();
	}

	private long id() {
		return this.venue.get("id").asLong();
	}

	private String name() {
		return this.venue.get("name").asString();
	}

	private String path() {
		return "/api/v1/venues/" + id();
	}

}
