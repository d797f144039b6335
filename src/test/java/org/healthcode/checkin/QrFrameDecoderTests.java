package org.healthcode.checkin;

import java.io.IOException;
import java.io.InputStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class QrFrameDecoderTests {

	private final QrFrameDecoder decoder = new QrFrameDecoder(new FrameProperties(4_000_000));

	@Test
	void readsAPosterThatZxingMisreadsAsRendered() throws IOException {
		// a real poster whose valid code ZXing's detector misreads at this exact size and
		// angle
		byte[] poster = resource("poster-misread-by-plain-zxing.png");

		assertThat(this.decoder.decode(poster)).contains("http://localhost:8080/s/djF8MTF8MQ.demo-9cf24."
				+ "LTSFZYsDna-inYJjGt1cxTBTruzt3deWbkDF7FRWv3PrQ6Ha-LEBQsBJTCGQahSLHftEcJhr3GiW4sOnKxhnAg");
	}

	@Test
	void somethingThatIsNoImageIsNoCode() {
		assertThat(this.decoder.decode(new byte[] { 1, 2, 3 })).isEmpty();
		assertThat(this.decoder.decode(new byte[0])).isEmpty();
	}

	private static byte[] resource(String name) throws IOException {
		try (InputStream in = QrFrameDecoderTests.class.getResourceAsStream("/checkin/" + name)) {
			return in.readAllBytes();
		}
	}

}
