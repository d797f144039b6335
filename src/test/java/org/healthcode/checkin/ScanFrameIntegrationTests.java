package org.healthcode.checkin;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

import javax.imageio.ImageIO;

import org.healthcode.support.IntegrationTest;
import org.healthcode.support.PageSession;
import org.healthcode.support.TestData;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The scanner's server-side decoder reads a frame's size from its header and refuses a
 * frame over the limit before decoding a pixel: a small file declaring a huge frame (a
 * decompression bomb) is answered, not allocated.
 */
@IntegrationTest
class ScanFrameIntegrationTests {

	@LocalServerPort
	int port;

	@Test
	void aSmallPngDeclaringAHugeFrameIsRefusedFromItsHeader() throws IOException {
		PageSession page = new PageSession(this.port);
		page.loginResident(TestData.phone());
		// 100,000 × 100,000 grey pixels would be 10 GB decoded; the file is a few hundred
		// bytes
		byte[] bomb = png(100_000, 100_000);
		assertThat(bomb.length).isLessThan(20_000);

		HttpResponse<String> refused = page.postBytes("/scan", "/scan/decode", "image/png", bomb);

		assertThat(refused.statusCode()).isEqualTo(413);
		assertThat(refused.headers().firstValue("Content-Type"))
			.hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
		JsonNode problem = JsonMapper.builder().build().readTree(refused.body());
		assertThat(problem.get("code").asString()).isEqualTo("SCAN_FRAME_TOO_LARGE");
	}

	@Test
	void aFrameWithinTheLimitIsDecodedAsBefore() throws IOException {
		PageSession page = new PageSession(this.port);
		page.loginResident(TestData.phone());
		ByteArrayOutputStream blank = new ByteArrayOutputStream();
		ImageIO.write(new BufferedImage(640, 480, BufferedImage.TYPE_INT_RGB), "png", blank);

		HttpResponse<String> answer = page.postBytes("/scan", "/scan/decode", "image/png", blank.toByteArray());

		assertThat(answer.statusCode()).isEqualTo(200);
		assertThat(JsonMapper.builder().build().readTree(answer.body()).get("found").asBoolean()).isFalse();
	}

	/** A greyscale PNG of the given size whose rows are all zero, compressed. */
	static byte[] png(int width, int height) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.write(new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' });
		chunk(out, "IHDR",
				ByteBuffer.allocate(13)
					.putInt(width)
					.putInt(height)
					.put((byte) 8)
					.put((byte) 0)
					.put((byte) 0)
					.put((byte) 0)
					.put((byte) 0)
					.array());
		// the first rows only: enough for a decoder to start allocating the whole frame
		Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
		deflater.setInput(new byte[(width + 1) * 4]);
		deflater.finish();
		byte[] compressed = new byte[64 * 1024];
		int length = deflater.deflate(compressed);
		chunk(out, "IDAT", java.util.Arrays.copyOf(compressed, length));
		chunk(out, "IEND", new byte[0]);
		return out.toByteArray();
	}

	private static void chunk(ByteArrayOutputStream out, String type, byte[] data) throws IOException {
		out.write(ByteBuffer.allocate(4).putInt(data.length).array());
		byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
		out.write(typeBytes);
		out.write(data);
		CRC32 crc = new CRC32();
		crc.update(typeBytes);
		crc.update(data);
		out.write(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
	}

}
