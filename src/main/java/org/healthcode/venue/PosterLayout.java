package org.healthcode.venue;

import java.awt.Color;
import java.util.List;

import com.google.zxing.common.BitMatrix;

/**
 * The poster's layout: a blue title band (场所码 / Venue code), the venue's name and
 * address, the QR code as large as the rest allows, bilingual scan instructions and the
 * venue number. Text is drawn as given: a name like {@code <script>} is just characters
 * here.
 */
final class PosterLayout {

	static final Color BLUE = new Color(0x0b, 0x57, 0xd0);

	static final Color INK = new Color(0x1f, 0x1f, 0x1f);

	static final Color MUTED = new Color(0x4a, 0x4a, 0x4a);

	static final Color LINE = new Color(0xd0, 0xd4, 0xda);

	private static final double MARGIN = 80;

	private static final double TEXT_WIDTH = PosterCanvas.WIDTH - 2 * MARGIN;

	private static final double BAND = 300;

	/** Room kept under the QR code for instructions and footer. */
	private static final double BOTTOM = 330;

	private PosterLayout() {
	}

	/**
	 * @param content texts to print
	 * @param qr the QR code's modules, quiet zone included
	 */
	static void draw(PosterCanvas canvas, PosterContent content, BitMatrix qr) {
		canvas.fill(Color.WHITE, 0, 0, PosterCanvas.WIDTH, PosterCanvas.HEIGHT);
		canvas.fill(BLUE, 0, 0, PosterCanvas.WIDTH, BAND);
		centered(canvas, content.titleZh(), 175, 120, Color.WHITE, true);
		centered(canvas, content.titleEn(), 258, 52, Color.WHITE, false);

		double y = BAND + 40;
		y = block(canvas, content.venueName(), y, new float[] { 72, 64, 56, 48, 44 }, 2, INK, true);
		y = block(canvas, content.address(), y + 10, new float[] { 38, 34, 30, 28 }, 3, MUTED, false);

		double available = PosterCanvas.HEIGHT - BOTTOM - (y + 30);
		double side = Math.min(820, available);
		int module = (int) Math.floor(side / qr.getWidth());
		double size = module * qr.getWidth();
		double left = Math.round((PosterCanvas.WIDTH - size) / 2);
		double top = Math.round(y + 30 + (available - size) / 2);
		canvas.fill(LINE, left - 3, top - 3, size + 6, size + 6);
		canvas.fill(Color.WHITE, left, top, size, size);
		for (int row = 0; row < qr.getHeight(); row++) {
			for (int col = 0; col < qr.getWidth(); col++) {
				if (qr.get(col, row)) {
					canvas.fill(Color.BLACK, left + col * module, top + row * module, module, module);
				}
			}
		}

		double bottom = PosterCanvas.HEIGHT - BOTTOM + 50;
		bottom = block(canvas, content.instructionsZh(), bottom, new float[] { 38, 34 }, 2, INK, false);
		bottom = block(canvas, content.instructionsEn(), bottom + 6, new float[] { 32, 28 }, 2, MUTED, false);
		centered(canvas, content.footer(), PosterCanvas.HEIGHT - 40, 28, MUTED, false);
	}

	/**
	 * Draws centred, wrapped text at the largest size that fits in {@code maxLines} lines
	 * (the smallest size takes as many lines as needed); returns the y below it.
	 */
	private static double block(PosterCanvas canvas, String text, double top, float[] sizes, int maxLines, Color color,
			boolean bold) {
		float size = sizes[sizes.length - 1];
		List<String> lines = null;
		for (float candidate : sizes) {
			lines = PosterText.wrap(text, line -> canvas.width(line, candidate, bold), TEXT_WIDTH);
			size = candidate;
			if (lines.size() <= maxLines) {
				break;
			}
		}
		double lineHeight = size * 1.3;
		double baseline = top + size;
		for (String line : lines) {
			centered(canvas, line, baseline, size, color, bold);
			baseline += lineHeight;
		}
		return top + lines.size() * lineHeight;
	}

	private static void centered(PosterCanvas canvas, String text, double baseline, float size, Color color,
			boolean bold) {
		double width = canvas.width(text, size, bold);
		canvas.text(text, (PosterCanvas.WIDTH - width) / 2, baseline, size, color, bold);
	}

	/** What a poster says; titles and instructions come from the message bundles. */
	record PosterContent(String titleZh, String titleEn, String venueName, String address, String scanUrl,
			String instructionsZh, String instructionsEn, String footer) {
	}

}
