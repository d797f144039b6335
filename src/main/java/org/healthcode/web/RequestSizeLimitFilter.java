package org.healthcode.web;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Caps what is read of a request body, whatever was declared. A declared length over the
 * limit is refused before anything is read; a body without a length (chunked) is counted
 * as it is read, and reading fails once the limit is passed, which answers 413
 * {@code BODY_TOO_LARGE}. Form and multipart bodies, which the container parses itself,
 * are held to the same limit by {@link ContainerLimits}.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class RequestSizeLimitFilter extends OncePerRequestFilter {

	static final EdgeProblem TOO_LARGE = new EdgeProblem(HttpStatus.CONTENT_TOO_LARGE, "BODY_TOO_LARGE");

	private final WebProperties properties;

	RequestSizeLimitFilter(WebProperties properties) {
		this.properties = properties;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long limit = limitFor(request);
		if (request.getContentLengthLong() > limit) {
			TOO_LARGE.send(request, response);
			return;
		}
		chain.doFilter(new LimitedRequest(request, limit), response);
	}

	/**
	 * Uploads of one raw file (POST to a path ending in {@code /attachments}) may be
	 * larger, and CSV imports (POST to a path ending in {@code /import}) larger still;
	 * not form or multipart bodies, which the container parses under
	 * {@code maxRequestBody} whatever the path.
	 */
	private long limitFor(HttpServletRequest request) {
		String type = request.getContentType();
		boolean parsedByContainer = type != null && (type.regionMatches(true, 0, "multipart/", 0, 10)
				|| type.regionMatches(true, 0, "application/x-www-form-urlencoded", 0, 33));
		if ("POST".equals(request.getMethod()) && request.getRequestURI().endsWith("/attachments")
				&& !parsedByContainer) {
			return Math.max(this.properties.maxUploadBody().toBytes(), this.properties.maxRequestBody().toBytes());
		}
		if ("POST".equals(request.getMethod()) && request.getRequestURI().endsWith("/import") && !parsedByContainer) {
			return Math.max(this.properties.maxImportBody().toBytes(), this.properties.maxRequestBody().toBytes());
		}
		return this.properties.maxRequestBody().toBytes();
	}

	/** Raised by a read that passes the limit; the answer is 413. */
	static final class BodyTooLargeException extends IOException {

		BodyTooLargeException() {
			super("Request body over the limit");
		}

	}

	private static final class LimitedRequest extends HttpServletRequestWrapper {

		private final long limit;

		private ServletInputStream body;

		private BufferedReader reader;

		LimitedRequest(HttpServletRequest request, long limit) {
			super(request);
			this.limit = limit;
		}

		@Override
		public ServletInputStream getInputStream() throws IOException {
			if (this.reader != null) {
				throw new IllegalStateException("getReader() has already been called");
			}
			return stream();
		}

		@Override
		public BufferedReader getReader() throws IOException {
			if (this.reader == null) {
				if (this.body != null) {
					throw new IllegalStateException("getInputStream() has already been called");
				}
				this.reader = new BufferedReader(new InputStreamReader(stream(), charset()));
			}
			return this.reader;
		}

		private ServletInputStream stream() throws IOException {
			if (this.body == null) {
				this.body = new LimitedInputStream(super.getInputStream(), this.limit,
						(HttpServletRequest) getRequest());
			}
			return this.body;
		}

		private Charset charset() {
			String encoding = getCharacterEncoding();
			try {
				return encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
			}
			catch (IllegalArgumentException ex) {
				return StandardCharsets.UTF_8;
			}
		}

	}

	private static final class LimitedInputStream extends ServletInputStream {

		private final ServletInputStream target;

		private final long limit;

		private final HttpServletRequest request;

		private long read;

		LimitedInputStream(ServletInputStream target, long limit, HttpServletRequest request) {
			this.target = target;
			this.limit = limit;
			this.request = request;
		}

		@Override
		public int read() throws IOException {
			int b = this.target.read();
			if (b >= 0) {
				count(1);
			}
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int n = this.target.read(buffer, offset, length);
			if (n > 0) {
				count(n);
			}
			return n;
		}

		private void count(int n) throws BodyTooLargeException {
			this.read += n;
			if (this.read > this.limit) {
				TOO_LARGE.markOn(this.request);
				throw new BodyTooLargeException();
			}
		}

		@Override
		public boolean isFinished() {
			return this.target.isFinished();
		}

		@Override
		public boolean isReady() {
			return this.target.isReady();
		}

		@Override
		public void setReadListener(ReadListener listener) {
			this.target.setReadListener(listener);
		}

		@Override
		public void close() throws IOException {
			this.target.close();
		}

	}

}
