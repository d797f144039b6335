package org.healthcode.card;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Random;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.ReaderException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;

import org.healthcode.support.PrintFont;

import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

class CardPdfTests {

	private static final int[] DPI = { 150, 200, 300, 400, 600 };

	@Test
	void theQrCodeOfEveryCardReadsAtEveryCommonResolution() throws IOException, ReaderException {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages");
		messages.setDefaultEncoding("UTF-8");
		CardPdf cards = new CardPdf(new PrintFont(), messages);
		Random random = new Random(7);
		for (int card = 0; card < 8; card++) {
			// as long as a real card token: version, key id, payload and signature
			byte[] bytes = new byte[100];
			random.nextBytes(bytes);
			String token = "v1." + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
			byte[] pdf = cards.render(token, "王*明", 1000L + card, Instant.parse("2026-12-02T08:00:00Z"));
			try (PDDocument document = Loader.loadPDF(pdf)) {
				for (int dpi : DPI) {
					assertThat(read(new PDFRenderer(document).renderImageWithDPI(0, dpi)))
						.as("card %d at %d dpi", card, dpi)
						.isEqualTo(token);
				}
			}
		}
	}

	private static String read(BufferedImage image) throws ReaderException {
		BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
		return new QRCodeReader()
			.decode(bitmap, Map.of(DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.QR_CODE),
					DecodeHintType.TRY_HARDER, Boolean.TRUE))
			.getText();
	}

}
