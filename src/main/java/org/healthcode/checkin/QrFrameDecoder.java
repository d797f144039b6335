package org.healthcode.checkin;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.imageio.ImageIO;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.NotFoundException;
import com.google.zxing.ReaderException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;

import org.springframework.stereotype.Component;

/**
 * Finds a QR code in one camera frame, for browsers without a built-in BarcodeDetector.
 * Frames are decoded in memory and never stored.
 */
@Component
class QrFrameDecoder {

	private static final int MAX_SIDE = 2000;

	private static final Map<DecodeHintType, Object> HINTS = hints();

	Optional<String> decode(byte[] image) {
		BufferedImage frame;
		try {
			frame = ImageIO.read(new ByteArrayInputStream(image));
		}
		catch (IOException | RuntimeException ex) {
			return Optional.empty();
		}
		if (frame == null || frame.getWidth() > MAX_SIDE || frame.getHeight() > MAX_SIDE) {
			return Optional.empty();
		}
		BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(frame)));
		try {
			return Optional.of(new QRCodeReader().decode(bitmap, HINTS).getText());
		}
		catch (NotFoundException ex) {
			return Optional.empty();
		}
		catch (ReaderException ex) {
			// a code was seen but not read (blurred, cut): the next frame may do better
			return Optional.empty();
		}
	}

	private static Map<DecodeHintType, Object> hints() {
		Map<DecodeHintType, Object> hints = new EnumMap<>(DecodeHintType.class);
		hints.put(DecodeHintType.TRY_HARDER, Boolean.TRUE);
		hints.put(DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.QR_CODE));
		return hints;
	}

}
