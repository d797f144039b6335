package org.healthcode.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 over a plain socket, for what {@code java.net.http} will not send: a
 * {@code Host} of one's choosing, broken request lines, headers and chunk framing, and
 * chunked bodies of a chosen size. One request per connection.
 */
public final class RawHttp {

	private final int port;

	public RawHttp(int port) {
		this.port = port;
	}

	/** Sends the bytes as they are and reads the answer until the server closes. */
	public Answer send(byte[] request) {
		try (Socket socket = new Socket("localhost", this.port)) {
			socket.setSoTimeout(30_000);
			socket.getOutputStream().write(request);
			socket.getOutputStream().flush();
			return Answer.parse(socket.getInputStream().readAllBytes());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public Answer send(String request) {
		return send(request.getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * A chunked POST: the head, then {@code prefix}, {@code fillBytes} bytes of
	 * {@code fill} and {@code suffix} as 64 KiB chunks, then the last chunk. The whole
	 * body is sent before the answer is read.
	 */
	public Answer chunkedPost(String path, String contentType, String headers, byte[] prefix, long fillBytes, byte fill,
			byte[] suffix) {
		try (Socket socket = new Socket("localhost", this.port)) {
			socket.setSoTimeout(30_000);
			OutputStream out = socket.getOutputStream();
			out.write(("POST " + path + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: " + contentType
					+ "\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n" + headers + "\r\n")
				.getBytes(StandardCharsets.UTF_8));
			chunk(out, prefix, prefix.length);
			byte[] piece = new byte[64 * 1024];
			java.util.Arrays.fill(piece, fill);
			for (long sent = 0; sent < fillBytes; sent += piece.length) {
				chunk(out, piece, (int) Math.min(piece.length, fillBytes - sent));
			}
			chunk(out, suffix, suffix.length);
			out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
			out.flush();
			return Answer.parse(socket.getInputStream().readAllBytes());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void chunk(OutputStream out, byte[] bytes, int length) throws IOException {
		if (length == 0) {
			return;
		}
		out.write((Integer.toHexString(length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
		out.write(bytes, 0, length);
		out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
	}

	/** Status, headers (names lower-cased, last one wins) and the body, de-chunked. */
	public record Answer(int status, Map<String, String> headers, String body) {

		public String header(String name) {
			return this.headers.get(name.toLowerCase(Locale.ROOT));
		}

		static Answer parse(byte[] raw) throws IOException {
			String text = new String(raw, StandardCharsets.UTF_8);
			int end = text.indexOf("\r\n\r\n");
			if (end < 0) {
				throw new IOException("No complete answer: " + text);
			}
			String[] lines = text.substring(0, end).split("\r\n");
			int status = Integer.parseInt(lines[0].split(" ")[1]);
			Map<String, String> headers = new LinkedHashMap<>();
			for (int i = 1; i < lines.length; i++) {
				int colon = lines[i].indexOf(':');
				headers.put(lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT),
						lines[i].substring(colon + 1).strip());
			}
			String body = text.substring(end + 4);
			if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
				body = dechunk(body);
			}
			return new Answer(status, headers, body);
		}

		private static String dechunk(String body) throws IOException {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			InputStream in = new java.io.ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8));
			while (true) {
				StringBuilder size = new StringBuilder();
				for (int c = in.read(); c != '\n' && c >= 0; c = in.read()) {
					if (c != '\r') {
						size.append((char) c);
					}
				}
				int length = size.isEmpty() ? 0 : Integer.parseInt(size.toString().split(";")[0].strip(), 16);
				if (length == 0) {
					return out.toString(StandardCharsets.UTF_8);
				}
				out.write(in.readNBytes(length));
				in.readNBytes(2);
			}
		}

	}

}
