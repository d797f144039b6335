package org.healthcode.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * JSON API answers leave in one piece. Spring's message converters flush the response as
 * soon as the body is written, which commits it chunked and makes the container write
 * twice (body, then the closing chunk); ignoring those flushes lets the container send
 * the whole answer at the end, with a {@code Content-Length}, in one write. Bodies larger
 * than the response buffer still stream as before. The API streams nothing that needs an
 * early flush; pages are left alone.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class SingleWriteApiResponseFilter extends OncePerRequestFilter {

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !request.getRequestURI().startsWith(request.getContextPath() + "/api/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		chain.doFilter(request, new FlushAtEndResponse(response));
	}

	private static final class FlushAtEndResponse extends HttpServletResponseWrapper {

		private ServletOutputStream body;

		FlushAtEndResponse(HttpServletResponse response) {
			super(response);
		}

		@Override
		public void flushBuffer() {
			// the container flushes once the request is done
		}

		@Override
		public ServletOutputStream getOutputStream() throws IOException {
			if (this.body == null) {
				this.body = new FlushAtEndStream(super.getOutputStream());
			}
			return this.body;
		}

	}

	private static final class FlushAtEndStream extends ServletOutputStream {

		private final ServletOutputStream target;

		FlushAtEndStream(ServletOutputStream target) {
			this.target = target;
		}

		@Override
		public void write(int b) throws IOException {
			this.target.write(b);
		}

		@Override
		public void write(byte[] bytes, int offset, int length) throws IOException {
			this.target.write(bytes, offset, length);
		}

		@Override
		public void flush() {
			// the container flushes once the request is done
		}

		@Override
		public void close() throws IOException {
			this.target.close();
		}

		@Override
		public boolean isReady() {
			return this.target.isReady();
		}

		@Override
		public void setWriteListener(WriteListener listener) {
			this.target.setWriteListener(listener);
		}

	}

}
