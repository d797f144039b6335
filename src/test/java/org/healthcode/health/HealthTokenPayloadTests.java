package org.healthcode.health;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HealthTokenPayloadTests {

	private final HealthTokenPayload payload = new HealthTokenPayload("q3Jb0f4S1Qf7H2m9aX8z0w", Color.RED,
			Instant.ofEpochSecond(1764000000), Instant.ofEpochSecond(1764000060), "阿*·*提");

	@Test
	void encodesCompactlyAndReadsBack() {
		byte[] encoded = this.payload.encode();

		assertThat(new String(encoded, StandardCharsets.UTF_8))
			.isEqualTo("v1|q3Jb0f4S1Qf7H2m9aX8z0w|RED|1764000000|1764000060|阿*·*提");
		assertThat(HealthTokenPayload.decode(encoded)).isEqualTo(this.payload);
	}

	@Test
	void anEmptyNameSurvivesTheRoundTrip() {
		HealthTokenPayload unnamed = new HealthTokenPayload("ref", Color.GREEN, Instant.ofEpochSecond(1),
				Instant.ofEpochSecond(61), "");

		assertThat(HealthTokenPayload.decode(unnamed.encode())).isEqualTo(unnamed);
	}

	@Test
	void whatIsNotAVersionOnePayloadIsRejected() {
		assertThat(HealthTokenPayload.decode("v2|ref|RED|1|2|x".getBytes(StandardCharsets.UTF_8))).isNull();
		assertThat(HealthTokenPayload.decode("v1|ref|PINK|1|2|x".getBytes(StandardCharsets.UTF_8))).isNull();
		assertThat(HealthTokenPayload.decode("v1|ref|RED|soon|2|x".getBytes(StandardCharsets.UTF_8))).isNull();
		assertThat(HealthTokenPayload.decode("v1|ref|RED|1".getBytes(StandardCharsets.UTF_8))).isNull();
	}

}
