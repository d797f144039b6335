package org.healthcode.card;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.healthcode.support.DisplayZone;
import org.healthcode.support.PrintFont;
import org.healthcode.support.ReadableQr;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Draws a card as a one-page PDF the size of an ID card (ISO/IEC 7810 ID-1, 85.6 × 54
 * mm): the QR code of the card token on the left, 40 mm wide, the masked name, serial and
 * issue day on the right, bilingual headings. Black on white only: a card has no colour,
 * the colour is read when it is scanned.
 */
@Component
class CardPdf {

	static final float MM = 72f / 25.4f;

	static final PDRectangle ID_1 = new PDRectangle(85.6f * MM, 54f * MM);

	private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE.withZone(DisplayZone.ZONE);

	private final PrintFont font;

	private final MessageSource messages;

	CardPdf(PrintFont font, MessageSource messages) {
		this.font = font;
		this.messages = messages;
	}

	byte[] render(String token, String maskedName, long serial, Instant issuedAt) {
		try (PrintFont.PdfFace face = this.font.openForPdf(); PDDocument document = new PDDocument()) {
			PDPage page = new PDPage(ID_1);
			document.addPage(page);
			document.getDocumentInformation().setTitle(text("card.pdf.title", Locale.SIMPLIFIED_CHINESE));
			document.getDocumentInformation().setCreator("HealthCode");
			PDFont pdfFont = PDType0Font.load(document, face.font(), true);
			try (PDPageContentStream stream = new PDPageContentStream(document, page)) {
				draw(stream, pdfFont, qrImage(document, token), maskedName, serial, issuedAt);
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			document.save(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void draw(PDPageContentStream stream, PDFont pdfFont, PDImageXObject qr, String maskedName, long serial,
			Instant issuedAt) throws IOException {
		float height = ID_1.getHeight();
		// a thin frame to cut along
		stream.setLineWidth(0.5f);
		stream.addRect(0.5f, 0.5f, ID_1.getWidth() - 1, height - 1);
		stream.stroke();
		float side = 40 * MM;
		float left = 4 * MM;
		stream.drawImage(qr, left, (height - side) / 2, side, side);
		float x = left + side + 3 * MM;
		line(stream, pdfFont, text("card.pdf.title", Locale.SIMPLIFIED_CHINESE), x, height - 10 * MM, 11);
		line(stream, pdfFont, text("card.pdf.title", Locale.ENGLISH), x, height - 14 * MM, 6);
		line(stream, pdfFont, maskedName, x, height - 24 * MM, 14);
		line(stream, pdfFont, text("card.pdf.serial", Locale.SIMPLIFIED_CHINESE, serialText(serial)), x,
				height - 31 * MM, 7);
		line(stream, pdfFont, text("card.pdf.issued", Locale.SIMPLIFIED_CHINESE, DAY.format(issuedAt)), x,
				height - 35 * MM, 7);
		line(stream, pdfFont, text("card.pdf.note", Locale.SIMPLIFIED_CHINESE), x, height - 43 * MM, 5.5f);
		line(stream, pdfFont, text("card.pdf.note", Locale.ENGLISH), x, height - 46 * MM, 4.5f);
	}

	/** The serial as printed: ten digits, so cards look alike. */
	static String serialText(long serial) {
		return String.format(Locale.ROOT, "%010d", serial);
	}

	private static void line(PDPageContentStream stream, PDFont font, String text, float x, float y, float size)
			throws IOException {
		stream.beginText();
		stream.setFont(font, size);
		stream.newLineAtOffset(x, y);
		stream.showText(text);
		stream.endText();
	}

	private String text(String key, Locale locale, Object... args) {
		return this.messages.getMessage(key, args, locale);
	}

	/**
	 * The QR code as a one-pixel-per-module image, which viewers and printers scale up
	 * without smoothing (an image is not interpolated unless it asks to be). Drawn as one
	 * square per module instead, anti-aliased edges of adjacent squares blurred the
	 * module grid enough that a decoder missed it at some resolutions.
	 */
	private static PDImageXObject qrImage(PDDocument document, String token) throws IOException {
		return LosslessFactory.createFromImage(document, MatrixToImageWriter.toBufferedImage(qr(token)));
	}

	private static BitMatrix qr(String token) {
		try {
			// natural size: one bit per module, quiet zone of 4 included; the token is
			// ASCII
			return ReadableQr.encode(token, ErrorCorrectionLevel.M, 4, Map.of());
		}
		catch (WriterException ex) {
			throw new IllegalStateException("The card token does not fit a QR code", ex);
		}
	}

}
