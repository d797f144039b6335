package org.healthcode.health;

import java.awt.image.BufferedImage;
import java.awt.image.DataBuffer;
import java.awt.image.IndexColorModel;
import java.awt.image.WritableRaster;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.Map;

import javax.imageio.ImageIO;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

import org.healthcode.support.ReadableQr;

/**
 * Health-code QR images in the colour of the status, as data URIs: the token never
 * travels in a URL. The colours are dark enough on white for phone cameras to read. Two
 * pixels per module: the page scales it up without smoothing ({@code image-rendering:
 * pixelated}), and drawing it takes far less time than a 360-pixel image (the blue result
 * page and the health-code page draw one at every view and refresh). Not one pixel: a
 * browser that smooths the upscale anyway, seen through a camera, blurs each module into
 * its neighbours, and codes of some versions (2-20 % of tokens of 200-270 characters)
 * could no longer be read at the door; at two pixels every one is.
 */
public final class QrImages {

	private static final int PIXELS_PER_MODULE = 2;

	private static final Map<Color, Integer> INK = Map.of(Color.GREEN, 0xFF0A7D33, Color.YELLOW, 0xFF9A6700, Color.RED,
			0xFFC5221F);

	private QrImages() {
	}

	public static String dataUri(String text, Color color) {
		return "data:image/png;base64," + Base64.getEncoder().encodeToString(png(text, color));
	}

	/**
	 * The code as a one-bit image with a two-entry palette (white, ink): PNG-encoded in a
	 * fraction of the time of a full-colour image of the same pixels, and smaller.
	 */
	private static BufferedImage twoColour(BitMatrix matrix, int ink) {
		IndexColorModel palette = new IndexColorModel(1, 2, new int[] { 0xFFFFFFFF, ink }, 0, false, -1,
				DataBuffer.TYPE_BYTE);
		int scale = PIXELS_PER_MODULE;
		BufferedImage image = new BufferedImage(matrix.getWidth() * scale, matrix.getHeight() * scale,
				BufferedImage.TYPE_BYTE_BINARY, palette);
		WritableRaster raster = image.getRaster();
		int[] row = new int[image.getWidth()];
		for (int y = 0; y < image.getHeight(); y++) {
			for (int x = 0; x < row.length; x++) {
				row[x] = matrix.get(x / scale, y / scale) ? 1 : 0;
			}
			raster.setPixels(0, y, row.length, 1, row);
		}
		return image;
	}

	static byte[] png(String text, Color color) {
		try {
			BitMatrix matrix = ReadableQr.encode(text, ErrorCorrectionLevel.M, 2,
					Map.of(EncodeHintType.CHARACTER_SET, "ISO-8859-1"));
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			ImageIO.write(twoColour(matrix, INK.get(color)), "png", out);
			return out.toByteArray();
		}
		catch (WriterException ex) {
			throw new IllegalStateException("Token does not fit into a QR code", ex);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
