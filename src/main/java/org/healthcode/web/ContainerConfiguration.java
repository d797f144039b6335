package org.healthcode.web;

import jakarta.servlet.MultipartConfigElement;

import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;

import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * What the servlet container itself parses is held to the same rules as the rest: form
 * and multipart bodies to {@code healthcode.web.max-request-body} (counted as read, so a
 * chunked body cannot pass it), and the container's own error answers on API paths as
 * problem+json ({@link ProblemErrorReportValve}).
 */
@Configuration(proxyBeanMethods = false)
class ContainerConfiguration {

	@Bean
	WebServerFactoryCustomizer<TomcatServletWebServerFactory> containerLimits(WebProperties properties,
			MessageSource messages) {
		return new ContainerCustomizer(properties, messages);
	}

	/**
	 * Multipart bodies are parsed by the container; their size is counted as they are
	 * read, whatever was declared.
	 */
	@Bean
	MultipartConfigElement multipartConfigElement(WebProperties properties) {
		long limit = properties.maxRequestBody().toBytes();
		return new MultipartConfigElement("", limit, limit, 0);
	}

	private record ContainerCustomizer(WebProperties properties,
			MessageSource messages) implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

		@Override
		public void customize(TomcatServletWebServerFactory factory) {
			int limit = (int) Math.min(Integer.MAX_VALUE, this.properties.maxRequestBody().toBytes());
			factory.addConnectorCustomizers(connector -> connector.setMaxPostSize(limit));
			factory.addContextCustomizers(context -> {
				StandardHost host = (StandardHost) context.getParent();
				for (Valve valve : host.getPipeline().getValves()) {
					if (valve instanceof ErrorReportValve) {
						host.getPipeline().removeValve(valve);
					}
				}
				host.getPipeline().addValve(new ProblemErrorReportValve(this.messages));
				host.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
			});
		}

		/** After Boot's own customizer, which adds a plain error report valve. */
		@Override
		public int getOrder() {
			return Ordered.LOWEST_PRECEDENCE;
		}

	}

}
