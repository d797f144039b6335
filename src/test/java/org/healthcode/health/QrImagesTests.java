package org.healthcode.health;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.Base64;
import java.util.Map;

import javax.imageio.ImageIO;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class QrImagesTests {

	private static final String TOKEN = "v2.k1." + "Zm9vYmFy".repeat(24);

	@Test
	void theCodeIsOnePixelPerModuleInTheInkOfItsColourAndReadsOnceScaledUp() throws Exception {
		BufferedImage code = image(QrImages.dataUri(TOKEN, Color.RED));

		assertThat(code.getWidth()).isEqualTo(code.getHeight()).isBetween(21 + 4, 177 + 4);
		// quiet zone white, the top-left finder's corner module in the ink of red
		assertThat(code.getRGB(0, 0)).isEqualTo(0xFFFFFFFF);
		assertThat(code.getRGB(2, 2)).isEqualTo(0xFFC5221F);
		assertThat(read(upscaled(code, 6))).isEqualTo(TOKEN);
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

	private static String read(BufferedImage image) throws Exception {
		return new QRCodeReader()
			.decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image))),
					Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE))
			.getText();
	}

}
