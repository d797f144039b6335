package org.healthcode.web;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.healthcode.support.Problems;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/**
 * Errors the container answers itself, before or without Spring (a malformed URL or
 * header, bad percent-encoding, broken chunk framing...): problem+json like every other
 * API error, unless a browser asked for a page (then Tomcat's plain page without server
 * details). Never exception text or a stack trace.
 */
class ProblemErrorReportValve extends ErrorReportValve {

	private final MessageSource messages;

	private final JsonMapper json = JsonMapper.builder().build();

	ProblemErrorReportValve(MessageSource messages) {
		this.messages = messages;
		setShowReport(false);
		setShowServerInfo(false);
	}

	@Override
	protected void report(Request request, Response response, Throwable throwable) {
		int code = response.getStatus();
		if (code < 400 || response.getContentWritten() > 0 || isPage(request)) {
			super.report(request, response, throwable);
			return;
		}
		if (!response.setErrorReported()) {
			return;
		}
		AtomicBoolean ioAllowed = new AtomicBoolean(true);
		response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
		if (!ioAllowed.get()) {
			return;
		}
		HttpStatus status = HttpStatus.resolve(code);
		if (status == null) {
			status = code < 500 ? HttpStatus.BAD_REQUEST : HttpStatus.INTERNAL_SERVER_ERROR;
		}
		Map<String, Object> problem = Problems
			.asMap(Problems.of(status, ErrorPageController.codeFor(status), this.messages, locale(request)));
		try {
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.setCharacterEncoding("UTF-8");
			PrintWriter writer = response.getReporter();
			if (writer != null) {
				writer.write(this.json.writeValueAsString(problem));
				response.finishResponse();
			}
		}
		catch (Exception ex) {
			// the connection is gone or the response cannot take a body: nothing to add
		}
	}

	/**
	 * A browser asking for a page; not when the request line was too broken to tell the
	 * path, nor for the API.
	 */
	private static boolean isPage(Request request) {
		String uri = request.getCoyoteRequest().requestURI().toString();
		if (uri == null || !uri.startsWith("/") || uri.startsWith("/api/") || uri.startsWith("/actuator")) {
			return false;
		}
		String accept = request.getCoyoteRequest().getMimeHeaders().getHeader("Accept");
		return accept != null && accept.contains("text/html");
	}

	private static Locale locale(Request request) {
		String language = request.getCoyoteRequest().getMimeHeaders().getHeader("Accept-Language");
		return language != null && language.toLowerCase(Locale.ROOT).startsWith("en") ? Locale.ENGLISH
				: LocaleConfiguration.CHINESE;
	}

}
