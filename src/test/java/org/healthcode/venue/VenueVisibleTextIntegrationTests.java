package org.healthcode.venue;

import java.util.Map;

import org.healthcode.support.ApiClient;
import org.healthcode.support.ApiClient.Response;
import org.healthcode.support.IntegrationTest;
import org.healthcode.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 12 item 9: a venue name is what it looks like. Invisible characters are refused
 * (a right-to-left override would print {@code 超市CBA} for {@code 超市ABC}, a zero-width
 * space would make a look-alike pass the duplicate check); names are stored in NFKC form.
 */
@IntegrationTest
class VenueVisibleTextIntegrationTests {

	@LocalServerPort
	int port;

	ApiClient api;

	String resident;

	@BeforeEach
	void setUp() {
		this.api = new ApiClient(this.port);
		this.resident = this.api.residentToken(TestData.phone());
	}

	@Test
	void bidiOverridesAndZeroWidthCharactersAreRefusedAndNothingIsRegistered() {
		Map<String, Object> overridden = VenueRequests.restaurant(VenueRequests.uniqueName("超市\u202EABC"));
		Map<String, Object> zeroWidth = VenueRequests.restaurant(VenueRequests.uniqueName("超\u200B市"));
		Map<String, Object> hiddenInAddress = VenueRequests.restaurant(VenueRequests.uniqueName("书店"));
		hiddenInAddress.put("address", "泉城路\u2066188\u2069号");

		Response first = this.api.post("/api/v1/venues", overridden, this.resident);
		Response second = this.api.post("/api/v1/venues", zeroWidth, this.resident);
		Response third = this.api.post("/api/v1/venues", hiddenInAddress, this.resident);

		assertThat(first.status()).isEqualTo(400);
		assertThat(first.problemCode()).isEqualTo("VENUE_NAME_INVISIBLE");
		assertThat(second.problemCode()).isEqualTo("VENUE_NAME_INVISIBLE");
		assertThat(third.problemCode()).isEqualTo("VENUE_ADDRESS_INVISIBLE");
		assertThat(this.api.get("/api/v1/venues/mine", this.resident).json()).isEmpty();
	}

	@Test
	void fullWidthLettersAreStoredPlainSoTheSameNameIsADuplicate() {
		String suffix = VenueRequests.uniqueName("");
		Map<String, Object> fullWidth = VenueRequests.restaurant("超市ＡＢＣ" + suffix);
		fullWidth.put("address", "泉城路１８８号");

		String stored = this.api.post("/api/v1/venues", fullWidth, this.resident)
			.expectStatus(201)
			.json()
			.get("name")
			.asString();
		Map<String, Object> plain = VenueRequests.restaurant("超市ABC" + suffix);
		plain.put("address", "泉城路188号");
		Response duplicate = this.api.post("/api/v1/venues", plain, this.resident);

		assertThat(stored).isEqualTo("超市ABC" + suffix);
		assertThat(duplicate.status()).isEqualTo(409);
		assertThat(duplicate.problemCode()).isEqualTo("VENUE_DUPLICATE");
	}

	@Test
	void aNameThatGrowsPastTheLimitWhenNormalisedIsRefused() {
		Response response = this.api.post("/api/v1/venues", VenueRequests.restaurant("㈱".repeat(20)), this.resident);

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.problemCode()).isEqualTo("VENUE_NAME_TOO_LONG");
	}

}
