package org.healthcode.health;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Base64;
import java.util.Map;
import java.util.Random;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.healthcode.support.Y4mVideo;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class QrImagesTests {

	private static final String TOKEN = "v2.k1." + "Zm9vYmFy".repeat(24);

	@Test
	void theCodeIsTwoPixelsPerModuleInTheInkOfItsColourAndReadsOnceScaledUp() throws Exception {
		BufferedImage code = image(QrImages.dataUri(TOKEN, Color.RED));

		assertThat(code.getWidth()).isEqualTo(code.getHeight()).isBetween(2 * (21 + 4), 2 * (177 + 4));
		assertThat(code.getWidth() % 2).isZero();
		// a quiet zone of two white modules, then the top-left finder's corner module
		// (two by two pixels) in the ink of red
		assertThat(code.getRGB(3, 3)).isEqualTo(0xFFFFFFFF);
		assertThat(code.getRGB(4, 4)).isEqualTo(0xFFC5221F);
		assertThat(code.getRGB(5, 5)).isEqualTo(0xFFC5221F);
		assertThat(read(upscaled(code, 3))).isEqualTo(TOKEN);
	}

	/**
	 * A browser without {@code image-rendering: pixelated} smooths the upscale, and the
	 * guard's camera sees that: tokens of the lengths health codes have (a longer masked
	 * name or test state moves a token into the next QR version) in every colour.
	 */
	@Test
	void everyCodeReadsThroughACameraWhenTheBrowserSmoothsTheUpscale() throws Exception {
		Random random = new Random(18);
		for (int length : new int[] { 200, 205, 250, 260, 270 }) {
			for (Color color : Color.values()) {
				for (int i = 0; i < 8; i++) {
					byte[] bytes = new byte[length * 3 / 4];
					random.nextBytes(bytes);
					String token = "v2." + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
					assertThat(read(cameraFrame(image(QrImages.dataUri(token, color)))))
						.as("%s code of %d characters", color, length)
						.isEqualTo(token);
				}
			}
		}
	}

	private static BufferedImage image(String dataUri) throws Exception {
		assertThat(dataUri).startsWith("data:image/png;base64,");
		byte[] png = Base64.getDecoder().decode(dataUri.substring(dataUri.indexOf(',') + 1));
		return ImageIO.read(new ByteArrayInputStream(png));
	}

	/** As a browser draws it under {@code image-rendering: pixelated}. */
	private static BufferedImage upscaled(BufferedImage image, int factor) {
		BufferedImage out = new BufferedImage(image.getWidth() * factor, image.getHeight() * factor,
				BufferedImage.TYPE_INT_RGB);
		for (int y = 0; y < out.getHeight(); y++) {
			for (int x = 0; x < out.getWidth(); x++) {
				out.setRGB(x, y, image.getRGB(x / factor, y / factor));
			}
		}
		return out;
	}

	/**
	 * Smoothed (bilinear) up to the height of a 640×480 camera frame on white, then
	 * JPEG-compressed as a browser sends a frame to the decoder.
	 */
	private static BufferedImage cameraFrame(BufferedImage code) throws Exception {
		BufferedImage frame = Y4mVideo.frame(code, 640, 480);
		ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
		ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
		try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(jpeg)) {
			writer.setOutput(out);
			ImageWriteParam quality = writer.getDefaultWriteParam();
			quality.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
			quality.setCompressionQuality(0.85f);
			writer.write(null, new IIOImage(frame, null, null), quality);
		}
		finally {
			writer.dispose();
		}
		return ImageIO.read(new ByteArrayInputStream(jpeg.toByteArray()));
	}

	private static String read(BufferedImage image) throws Exception {
		return new QRCodeReader()
			.decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image))),
					Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE))
			.getText();
	}

}
