package org.healthcode.venue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import com.google.zxing.common.BitMatrix;
import org.junit.jupiter.api.Test;

import org.healthcode.support.PrintFont;

import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/** The shipped font and the QR code's print properties. */
class VenuePostersTests {

	private static final String URL = "https://hc.example.cn/s/djF8MTIzNDV8MQ.k20250101.MEUCIQDt5c0Mn-Wf3T3a_8_fake_signature_of_eighty_six_chars_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx";

	@Test
	void theShippedFontIsSmallerThanTenMegabytesAndHasItsLicence() throws IOException {
		assertThat(new ClassPathResource(PrintFont.RESOURCE).contentLength()).isLessThan(10L * 1024 * 1024);
		assertThat(new ClassPathResource("fonts/LICENSE-Apache-2.0.txt").exists()).isTrue();
		assertThat(new ClassPathResource("fonts/README.md").getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
			.contains("Apache License 2.0", "wqy-microhei.ttc");
	}

	@Test
	void theFontHasEveryCharacterOfThePosterTextsAndDivisionNames() throws IOException {
		PrintFont font = new PrintFont();
		for (String bundle : new String[] { "messages.properties", "messages_en.properties" }) {
			Properties messages = new Properties();
			messages.load(Files.newBufferedReader(Path.of("src/main/resources", bundle)));
			messages.stringPropertyNames()
				.stream()
				.filter(key -> key.startsWith("venue.poster."))
				.forEach(key -> assertThat(font.canDisplay(messages.getProperty(key))).as(bundle + " " + key).isTrue());
		}
		Divisions divisions = new Divisions();
		divisions.cities()
			.forEach(city -> divisions.childrenOf(city.code())
				.forEach(county -> assertThat(font.canDisplay(divisions.fullName(county.code()))).as(county.code())
					.isTrue()));
		assertThat(font.canDisplay("\uD83D\uDE00")).isFalse();
	}

	@Test
	void theQrCodeHasAQuietZoneOfFourModules() {
		BitMatrix qr = VenuePosters.qr(URL);

		assertThat(qr.getWidth()).isEqualTo(qr.getHeight());
		for (int i = 0; i < qr.getWidth(); i++) {
			for (int edge = 0; edge < VenuePosters.QUIET_ZONE_MODULES; edge++) {
				assertThat(qr.get(i, edge) || qr.get(edge, i) || qr.get(i, qr.getHeight() - 1 - edge)
						|| qr.get(qr.getWidth() - 1 - edge, i))
					.isFalse();
			}
		}
		// the finder pattern starts right after the quiet zone
		assertThat(qr.get(VenuePosters.QUIET_ZONE_MODULES, VenuePosters.QUIET_ZONE_MODULES)).isTrue();
	}

}
