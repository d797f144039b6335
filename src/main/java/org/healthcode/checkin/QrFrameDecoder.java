package org.healthcode.checkin;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.NotFoundException;
import com.google.zxing.ReaderException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;

import org.healthcode.support.HealthCodeException;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Finds a QR code in one camera frame, for browsers without a built-in BarcodeDetector.
 * Frames are decoded in memory and never stored. The frame's size is read from its header
 * first: a frame over the pixel limit is refused (413 {@code SCAN_FRAME_TOO_LARGE})
 * before a single pixel is decoded, so a small file declaring a huge frame costs nothing.
 */
@Component
class QrFrameDecoder {

	private static final Map<DecodeHintType, Object> HINTS = hints();

	private final long maxPixels;

	QrFrameDecoder(FrameProperties properties) {
		this.maxPixels = properties.maxPixels();
	}

	/**
	 * The text of the QR code in the frame; empty when there is none or the bytes are no
	 * readable JPEG or PNG.
	 * @throws HealthCodeException {@code SCAN_FRAME_TOO_LARGE} for a frame over the limit
	 */
	Optional<String> decode(byte[] image) {
		BufferedImage frame;
		try (ImageInputStream input = new MemoryCacheImageInputStream(new ByteArrayInputStream(image))) {
			frame = read(input);
		}
		catch (HealthCodeException ex) {
			throw ex;
		}
		catch (IOException | RuntimeException ex) {
			return Optional.empty();
		}
		if (frame == null) {
			return Optional.empty();
		}
		// ZXing's detector misreads some perfectly good codes at one particular size and
		// angle;
		// looking again a quarter turn round or a little smaller, as a hand-held phone
		// would, reads them
		for (BufferedImage view : List.of(frame, quarterTurn(frame), scaled(frame, 0.6))) {
			Optional<String> text = read(view);
			if (text.isPresent()) {
				return text;
			}
		}
		return Optional.empty();
	}

	/** Decodes the frame only after its header showed it is within the limit. */
	private BufferedImage read(ImageInputStream input) throws IOException {
		Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
		if (!readers.hasNext()) {
			return null;
		}
		ImageReader reader = readers.next();
		try {
			reader.setInput(input, true, true);
			long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
			if (pixels > this.maxPixels) {
				throw new HealthCodeException("SCAN_FRAME_TOO_LARGE", HttpStatus.CONTENT_TOO_LARGE);
			}
			return reader.read(0);
		}
		finally {
			reader.dispose();
		}
	}

	private static Optional<String> read(BufferedImage image) {
		BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
		try {
			return Optional.of(new QRCodeReader().decode(bitmap, HINTS).getText());
		}
		catch (NotFoundException ex) {
			return Optional.empty();
		}
		catch (ReaderException ex) {
			// a code was seen but not read (blurred, cut): another view or the next frame
			// may do better
			return Optional.empty();
		}
	}

	private static BufferedImage quarterTurn(BufferedImage image) {
		BufferedImage turned = new BufferedImage(image.getHeight(), image.getWidth(), BufferedImage.TYPE_INT_RGB);
		AffineTransform transform = new AffineTransform();
		transform.translate(image.getHeight(), 0);
		transform.rotate(Math.PI / 2);
		Graphics2D g = turned.createGraphics();
		g.drawImage(image, transform, null);
		g.dispose();
		return turned;
	}

	private static BufferedImage scaled(BufferedImage image, double factor) {
		BufferedImage smaller = new BufferedImage(Math.max(1, (int) (image.getWidth() * factor)),
				Math.max(1, (int) (image.getHeight() * factor)), BufferedImage.TYPE_INT_RGB);
		Graphics2D g = smaller.createGraphics();
		g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
		g.drawImage(image, 0, 0, smaller.getWidth(), smaller.getHeight(), null);
		g.dispose();
		return smaller;
	}

	private static Map<DecodeHintType, Object> hints() {
		Map<DecodeHintType, Object> hints = new EnumMap<>(DecodeHintType.class);
		hints.put(DecodeHintType.TRY_HARDER, Boolean.TRUE);
		hints.put(DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.QR_CODE));
		return hints;
	}

}
