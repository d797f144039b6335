package org.healthcode.health;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Map;

import com.google.zxing.EncodeHintType;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.Encoder;
import com.google.zxing.qrcode.encoder.QRCode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HealthTokenPayloadTests {

	private static final Instant ISSUED = Instant.ofEpochSecond(1764000000);

	private static final Instant EXPIRES = Instant.ofEpochSecond(1764000060);

	private final HealthTokenPayload payload = HealthTokenPayload.v2("q3Jb0f4S1Qf7H2m9aX8z0w", Color.RED, ISSUED,
			EXPIRES, new NatSummary(NatState.NEGATIVE, ISSUED.minusSeconds(3600), ISSUED, NatAge.H24),
			VaccinationSummary.of(3, LocalDate.of(2021, 12, 1)), "阿*·*提");

	@Test
	void encodesVersionTwoCompactlyAndReadsBack() {
		byte[] encoded = this.payload.encode();

		assertThat(new String(encoded, StandardCharsets.UTF_8))
			.isEqualTo("v2|q3Jb0f4S1Qf7H2m9aX8z0w|RED|1764000000|1764000060|NEGATIVE|H24|BOOSTER|阿*·*提");
		assertThat(HealthTokenPayload.decode(encoded)).isEqualTo(this.payload);
	}

	@Test
	void withoutATestTheAgeIsEmpty() {
		HealthTokenPayload untested = HealthTokenPayload.v2("ref", Color.GREEN, ISSUED, EXPIRES, NatSummary.NONE,
				VaccinationSummary.NONE, "");

		assertThat(new String(untested.encode(), StandardCharsets.UTF_8))
			.isEqualTo("v2|ref|GREEN|1764000000|1764000060|NONE||NONE|");
		assertThat(HealthTokenPayload.decode(untested.encode())).isEqualTo(untested);
	}

	@Test
	void versionOneTokensStillInCirculationAreRead() {
		HealthTokenPayload v1 = HealthTokenPayload
			.decode("v1|q3Jb0f4S1Qf7H2m9aX8z0w|YELLOW|1764000000|1764000060|张*三".getBytes(StandardCharsets.UTF_8));

		assertThat(v1).isEqualTo(HealthTokenPayload.v1("q3Jb0f4S1Qf7H2m9aX8z0w", Color.YELLOW, ISSUED, EXPIRES, "张*三"));
		assertThat(v1.natState()).isNull();
		assertThat(v1.vaccination()).isNull();
		assertThat(HealthTokenPayload.decode(v1.encode())).isEqualTo(v1);
	}

	@Test
	void whatIsNeitherAVersionOneNorATwoPayloadIsRejected() {
		assertThat(decode("v3|ref|RED|1|2|NONE||NONE|x")).isNull();
		assertThat(decode("v1|ref|PINK|1|2|x")).isNull();
		assertThat(decode("v1|ref|RED|soon|2|x")).isNull();
		assertThat(decode("v1|ref|RED|1")).isNull();
		assertThat(decode("v2|ref|RED|1|2|x")).isNull();
		assertThat(decode("v2|ref|RED|1|2|MAYBE||NONE|x")).isNull();
		assertThat(decode("v2|ref|RED|1|2|NEGATIVE|H96|NONE|x")).isNull();
		assertThat(decode("v2|ref|RED|1|2|NEGATIVE|H24|ALL|x")).isNull();
		// an age exactly when there is a test
		assertThat(decode("v2|ref|RED|1|2|NEGATIVE||NONE|x")).isNull();
		assertThat(decode("v2|ref|RED|1|2|NONE|H24|NONE|x")).isNull();
	}

	@Test
	void theLongestTokenStillMakesAQrCodeAPhoneReadsOnTheScreen() throws Exception {
		// the longest real name (30 characters) and key id (40), a worst case
		HealthTokenPayload longest = HealthTokenPayload.v2("q3Jb0f4S1Qf7H2m9aX8z0w", Color.YELLOW, ISSUED, EXPIRES,
				new NatSummary(NatState.NEGATIVE, ISSUED, ISSUED, NatAge.OVER_72H),
				VaccinationSummary.of(2, LocalDate.of(2021, 6, 1)), "阿" + "*".repeat(28) + "提");
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(longest.encode()) + "." + "k".repeat(40)
				+ "." + "A".repeat(86);

		QRCode qr = Encoder.encode(token, ErrorCorrectionLevel.M, Map.of(EncodeHintType.CHARACTER_SET, "ISO-8859-1"));

		int modules = qr.getVersion().getDimensionForVersion() + 2 * 2;
		assertThat(token).hasSizeLessThan(300);
		// the screen draws 360 px; at least 5 px a module reads well from a phone camera
		assertThat(360 / modules).isGreaterThanOrEqualTo(5);
	}

	private static HealthTokenPayload decode(String text) {
		return HealthTokenPayload.decode(text.getBytes(StandardCharsets.UTF_8));
	}

}
