package org.healthcode.venue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

import javax.imageio.ImageIO;

import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.healthcode.support.DisplayZone;
import org.healthcode.support.PrintFont;
import org.healthcode.support.ReadableQr;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Renders a venue's printable poster as PNG (1240 × 1754 px, A4 at 150 dpi) and as an A4
 * PDF with the font subset embedded. The QR code uses error correction level Q (25 % of
 * it may be soiled or covered) and a quiet zone of 4 modules; on the PDF it is over 10 cm
 * wide.
 */
@Component
class VenuePosters {

	static final int QUIET_ZONE_MODULES = 4;

	private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

	private static final Locale EN = Locale.ENGLISH;

	private final PrintFont font;

	private final MessageSource messages;

	VenuePosters(PrintFont font, MessageSource messages) {
		this.font = font;
		this.messages = messages;
	}

	byte[] png(VenueView venue) {
		return png(contentOf(venue));
	}

	byte[] pdf(VenueView venue) {
		return pdf(contentOf(venue));
	}

	/**
	 * Posters are bilingual whatever the reader's language: Chinese first, English below.
	 */
	PosterLayout.PosterContent contentOf(VenueView venue) {
		return new PosterLayout.PosterContent(text("venue.poster.title", ZH), text("venue.poster.title", EN),
				venue.name(), venue.divisionName() + " " + venue.address(), venue.scanUrl(),
				text("venue.poster.instructions", ZH), text("venue.poster.instructions", EN),
				text("venue.poster.footer", ZH, String.valueOf(venue.id()), issuedOn(venue)));
	}

	/** The day the code was generated, as people in the province count days. */
	static String issuedOn(VenueView venue) {
		return DateTimeFormatter.ISO_LOCAL_DATE.format(venue.codeIssuedAt().atZone(DisplayZone.ZONE));
	}

	/** An entrance's poster: the venue's, naming the entrance and carrying its code. */
	PosterLayout.PosterContent contentOf(VenueView venue, Entrance entrance) {
		PosterLayout.PosterContent content = contentOf(venue);
		return new PosterLayout.PosterContent(content.titleZh(), content.titleEn(),
				text("venue.poster.entrance", ZH, venue.name(), entrance.name()), content.address(), entrance.scanUrl(),
				content.instructionsZh(), content.instructionsEn(), content.footer());
	}

	private String text(String key, Locale locale, Object... args) {
		return this.messages.getMessage(key, args, locale);
	}

	byte[] png(PosterLayout.PosterContent content) {
		PngPosterCanvas canvas = new PngPosterCanvas(this.font);
		PosterLayout.draw(canvas, content, qr(content.scanUrl()));
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			ImageIO.write(canvas.finish(), "png", out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	byte[] pdf(PosterLayout.PosterContent content) {
		try (PrintFont.PdfFace face = this.font.openForPdf(); PDDocument document = new PDDocument()) {
			PDPage page = new PDPage(PDRectangle.A4);
			document.addPage(page);
			PDDocumentInformation info = document.getDocumentInformation();
			info.setTitle(content.titleZh() + " " + content.titleEn());
			info.setCreator("HealthCode");
			PDType0Font pdfFont = PDType0Font.load(document, face.font(), true);
			try (PDPageContentStream stream = new PDPageContentStream(document, page)) {
				PosterLayout.draw(new PdfPosterCanvas(stream, pdfFont), content, qr(content.scanUrl()));
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			document.save(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static BitMatrix qr(String url) {
		try {
			// the natural size: one bit per module, quiet zone included. The URL is
			// ASCII,
			// so no character set hint: an ECI header would only confuse some scanners.
			return ReadableQr.encode(url, ErrorCorrectionLevel.Q, QUIET_ZONE_MODULES, Map.of());
		}
		catch (WriterException ex) {
			throw new IllegalStateException("The scan URL does not fit a QR code", ex);
		}
	}

}
