package org.healthcode.support;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

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

/** Reads the QR code of a printed resident card as a gate's camera would. */
public final class CardQr {

	private static final Path OUT = Path.of("target", "cards");

	private CardQr() {
	}

	/**
	 * The text of the card's QR code, read from the page rendered at 300 dpi (then 200
	 * and 400, as a camera sees it at different distances); the picture is kept under
	 * {@code target/cards} for a look.
	 */
	public static String read(byte[] pdf, String name) throws IOException, ReaderException {
		Files.createDirectories(OUT);
		ReaderException missed = null;
		try (PDDocument document = Loader.loadPDF(pdf)) {
			for (int dpi : new int[] { 300, 200, 400 }) {
				BufferedImage image = new PDFRenderer(document).renderImageWithDPI(0, dpi);
				ImageIO.write(image, "png", OUT.resolve("card-" + name + "-" + dpi + ".png").toFile());
				BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
				try {
					return new QRCodeReader()
						.decode(bitmap, Map.of(DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.QR_CODE),
								DecodeHintType.TRY_HARDER, Boolean.TRUE))
						.getText();
				}
				catch (ReaderException ex) {
					missed = ex;
				}
			}
		}
		throw missed;
	}

}
