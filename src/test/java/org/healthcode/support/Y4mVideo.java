package org.healthcode.support;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a still picture as a short Y4M video (YUV 4:2:0), the format Chromium's fake
 * camera plays ({@code --use-file-for-fake-video-capture}): lets a browser test "film" a
 * real poster.
 */
public final class Y4mVideo {

	private Y4mVideo() {
	}

	/**
	 * Scales {@code picture} to fit a {@code width}×{@code height} white frame and writes
	 * {@code frames} copies.
	 */
	public static void write(BufferedImage picture, int width, int height, int frames, Path file) throws IOException {
		byte[] yuv = toYuv420(frame(picture, width, height));
		try (OutputStream out = Files.newOutputStream(file)) {
			out.write(("YUV4MPEG2 W" + width + " H" + height + " F10:1 Ip A1:1 C420jpeg\n")
				.getBytes(StandardCharsets.US_ASCII));
			for (int i = 0; i < frames; i++) {
				out.write("FRAME\n".getBytes(StandardCharsets.US_ASCII));
				out.write(yuv);
			}
		}
	}

	/**
	 * {@code picture} scaled with smoothing (bilinear) to fit a
	 * {@code width}×{@code height} white frame, centred: what the camera sees.
	 */
	public static BufferedImage frame(BufferedImage picture, int width, int height) {
		BufferedImage frame = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = frame.createGraphics();
		g.setColor(Color.WHITE);
		g.fillRect(0, 0, width, height);
		g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
		double scale = Math.min((double) width / picture.getWidth(), (double) height / picture.getHeight());
		int w = (int) (picture.getWidth() * scale);
		int h = (int) (picture.getHeight() * scale);
		g.drawImage(picture, (width - w) / 2, (height - h) / 2, w, h, null);
		g.dispose();
		return frame;
	}

	private static byte[] toYuv420(BufferedImage image) {
		int width = image.getWidth();
		int height = image.getHeight();
		byte[] out = new byte[width * height * 3 / 2];
		int uOffset = width * height;
		int vOffset = uOffset + width * height / 4;
		for (int y = 0; y < height; y++) {
			for (int x = 0; x < width; x++) {
				int rgb = image.getRGB(x, y);
				int r = (rgb >> 16) & 0xff;
				int gr = (rgb >> 8) & 0xff;
				int b = rgb & 0xff;
				out[y * width + x] = (byte) clamp((int) (0.299 * r + 0.587 * gr + 0.114 * b));
				if (y % 2 == 0 && x % 2 == 0) {
					int i = (y / 2) * (width / 2) + x / 2;
					out[uOffset + i] = (byte) clamp((int) (-0.169 * r - 0.331 * gr + 0.5 * b + 128));
					out[vOffset + i] = (byte) clamp((int) (0.5 * r - 0.419 * gr - 0.081 * b + 128));
				}
			}
		}
		return out;
	}

	private static int clamp(int value) {
		return Math.max(0, Math.min(255, value));
	}

}
