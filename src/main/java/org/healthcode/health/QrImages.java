package org.healthcode.health;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.Map;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.MatrixToImageConfig;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

import org.healthcode.support.ReadableQr;

/**
 * Health-code QR images in the colour of the status, as data URIs: the token never
 * travels in a URL. The colours are dark enough on white for phone cameras to read.
 */
public final class QrImages {

	private static final Map<Color, Integer> INK = Map.of(Color.GREEN, 0xFF0A7D33, Color.YELLOW, 0xFF9A6700, Color.RED,
			0xFFC5221F);

	private QrImages() {
	}

	public static String dataUri(String text, Color color) {
		return "data:image/png;base64," + Base64.getEncoder().encodeToString(png(text, color, 360));
	}

	static byte[] png(String text, Color color, int size) {
		try {
			BitMatrix matrix = ReadableQr.scaled(ReadableQr.encode(text, ErrorCorrectionLevel.M, 2,
					Map.of(EncodeHintType.CHARACTER_SET, "ISO-8859-1")), size);
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			MatrixToImageWriter.writeToStream(matrix, "PNG", out, new MatrixToImageConfig(INK.get(color), 0xFFFFFFFF));
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
