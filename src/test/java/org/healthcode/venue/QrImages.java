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

	/**
	 * Reads the code as found, or else a quarter turn round, as a phone held differently
	 * would: ZXing's detector misreads some valid codes at one exact size and angle
	 * (about one poster in ten), which phone scanners do not.
	 */
	static Result decode(BufferedImage image) {
		try {
			return decodeAsIs(image);
		}
		catch (AssertionError ex) {
			return decodeAsIs(quarterTurn(image));
		}
	}

	private static Result decodeAsIs(BufferedImage image) {
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

	private static BufferedImage quarterTurn(BufferedImage image) {
		BufferedImage turned = new BufferedImage(image.getHeight(), image.getWidth(), BufferedImage.TYPE_INT_RGB);
		java.awt.geom.AffineTransform transform = new java.awt.geom.AffineTransform();
		transform.translate(image.getHeight(), 0);
		transform.rotate(Math.PI / 2);
		java.awt.Graphics2D g = turned.createGraphics();
		g.drawImage(image, transform, null);
		g.dispose();
		return turned;
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
