package org.healthcode.support;

import java.util.EnumMap;
import java.util.Map;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.EncodeHintType;
import com.google.zxing.PlanarYUVLuminanceSource;
import com.google.zxing.ReaderException;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/**
 * QR codes a reader finds. For some contents the mask the encoder picks leaves
 * finder-like shapes in the data area that throw a detector off at every scale (about one
 * printed card in a few dozen could not be read back); such a code is encoded again under
 * the next mask until it reads back.
 */
public final class ReadableQr {

	/**
	 * Pixels per module the code is read back at. A code the detector misses, misses at
	 * every scale from 3 px on (checked from 3 to 10): one read is enough, and it costs
	 * less than a millisecond on a health-code page that is drawn at every refresh.
	 */
	private static final int[] CHECK_SCALES = { 4 };

	private static final int MASKS = 8;

	private ReadableQr() {
	}

	/**
	 * The code at its natural size, one bit per module, with a quiet zone of
	 * {@code quietZone} modules; the hints are passed to the encoder (e.g. a character
	 * set).
	 */
	public static BitMatrix encode(String text, ErrorCorrectionLevel level, int quietZone, Map<EncodeHintType, ?> hints)
			throws WriterException {
		BitMatrix first = null;
		// -1: the encoder's own choice of mask, which is the best code when it reads
		for (int mask = -1; mask < MASKS; mask++) {
			Map<EncodeHintType, Object> all = new EnumMap<>(EncodeHintType.class);
			all.putAll(hints);
			all.put(EncodeHintType.ERROR_CORRECTION, level);
			all.put(EncodeHintType.MARGIN, quietZone);
			if (mask >= 0) {
				all.put(EncodeHintType.QR_MASK_PATTERN, mask);
			}
			BitMatrix matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 1, 1, all);
			if (readsBack(matrix, text)) {
				return matrix;
			}
			if (first == null) {
				first = matrix;
			}
		}
		return first;
	}

	static boolean readsBack(BitMatrix natural, String text) {
		for (int scale : CHECK_SCALES) {
			int side = natural.getWidth() * scale;
			byte[] luminance = new byte[side * side];
			for (int y = 0; y < side; y++) {
				for (int x = 0; x < side; x++) {
					luminance[y * side + x] = natural.get(x / scale, y / scale) ? 0 : (byte) 0xFF;
				}
			}
			BinaryBitmap bitmap = new BinaryBitmap(
					new HybridBinarizer(new PlanarYUVLuminanceSource(luminance, side, side, 0, 0, side, side, false)));
			try {
				String read = new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE))
					.getText();
				if (!text.equals(read)) {
					return false;
				}
			}
			catch (ReaderException ex) {
				return false;
			}
		}
		return true;
	}

}
