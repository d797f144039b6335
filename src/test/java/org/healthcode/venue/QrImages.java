package org.healthcode.venue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import javax.imageio.ImageIO;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.NotFoundException;
import com.google.zxing.Result;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;

/**
 * Reads QR codes back out of rendered posters, as a phone camera would (no hints about
 * position).
 */
final class QrImages {

	private QrImages() {
	}

	static BufferedImage read(byte[] png) {
		try {
			return ImageIO.read(new ByteArrayInputStream(png));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static Result decode(BufferedImage image) {
		try {
			return new QRCodeReader().decode(
					new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image))),
					Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE, DecodeHintType.POSSIBLE_FORMATS,
							java.util.List.of(BarcodeFormat.QR_CODE)));
		}
		catch (NotFoundException | com.google.zxing.ChecksumException | com.google.zxing.FormatException ex) {
			throw new AssertionError("No readable QR code in the image", ex);
		}
	}

	/**
	 * Distance between the centres of the top-left and top-right finder patterns, in
	 * pixels.
	 */
	static double finderDistance(Result result) {
		var points = result.getResultPoints();
		// QRCodeReader reports bottom-left, top-left, top-right finder centres
		return Math.hypot(points[2].getX() - points[1].getX(), points[2].getY() - points[1].getY());
	}

}
