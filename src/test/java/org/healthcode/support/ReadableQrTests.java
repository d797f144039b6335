package org.healthcode.support;

import java.util.Map;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReadableQrTests {

	/**
	 * A real card token whose code, under the mask the encoder chose, no detector found.
	 */
	private static final String UNREADABLE_UNDER_DEFAULT_MASK = "djF8NHw3M09CRV9fQUdUZG9sZndDR3p0VzRR.demo-ad23a2."
			+ "QdypAAbzq6eTJ7KchZtSDeBRI7bO7dB6n4Pyl18dqE7beqYDkEw5gr5D0ikWjTE5BlGhk5u4MjekoJGfuDY1Cw";

	@Test
	void aCodeTheDetectorMissesIsEncodedUnderAnotherMaskThatReadsBack() throws WriterException {
		BitMatrix usual = new QRCodeWriter().encode(UNREADABLE_UNDER_DEFAULT_MASK, BarcodeFormat.QR_CODE, 1, 1,
				Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 4));
		assertThat(ReadableQr.readsBack(usual, UNREADABLE_UNDER_DEFAULT_MASK)).isFalse();

		BitMatrix readable = ReadableQr.encode(UNREADABLE_UNDER_DEFAULT_MASK, ErrorCorrectionLevel.M, 4, Map.of());

		assertThat(readable.getWidth()).isEqualTo(usual.getWidth());
		assertThat(ReadableQr.readsBack(readable, UNREADABLE_UNDER_DEFAULT_MASK)).isTrue();
	}

	@Test
	void aCodeThatReadsKeepsTheEncodersChoice() throws WriterException {
		String text = "https://hc.test/s/abc";
		BitMatrix usual = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 1, 1,
				Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.Q, EncodeHintType.MARGIN, 4));

		assertThat(ReadableQr.encode(text, ErrorCorrectionLevel.Q, 4, Map.of())).isEqualTo(usual);
	}

}
