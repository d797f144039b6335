package org.healthcode.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.resource.PathResourceResolver;
import org.springframework.web.servlet.resource.ResourceHttpRequestHandler;
import org.springframework.web.servlet.resource.ResourceResolver;
import org.springframework.web.servlet.resource.ResourceResolverChain;
import org.springframework.web.servlet.resource.ResourceUrlProvider;
import org.springframework.web.servlet.resource.ResourceUrlProviderExposingInterceptor;
import org.springframework.web.servlet.resource.VersionResourceResolver;

import static org.assertj.core.api.Assertions.assertThat;

class StaticLinkEncodingFilterTests {

	@Test
	void fingerprintsLinksToStaticFilesAndLooksNoOtherLinkUp() throws Exception {
		List<String> lookedUp = new ArrayList<>();
		ResourceUrlProvider provider = providerRecording(lookedUp);
		Map<String, String> links = new LinkedHashMap<>();

		new StaticLinkEncodingFilter().doFilter(new MockHttpServletRequest("GET", "/me/profile"),
				new MockHttpServletResponse(), (page, response) -> {
					// as Spring MVC's ResourceUrlProviderExposingInterceptor does for a
					// handler
					page.setAttribute(ResourceUrlProviderExposingInterceptor.RESOURCE_URL_PROVIDER_ATTR, provider);
					for (String link : List.of("/css/app.css", "/js/app.js", "/me/profile", "/s/abc?x=1")) {
						links.put(link, ((HttpServletResponse) response).encodeURL(link));
					}
				});

		assertThat(links.get("/css/app.css")).matches("/css/app-[0-9a-f]{32}\\.css");
		assertThat(links.get("/js/app.js")).matches("/js/app-[0-9a-f]{32}\\.js");
		assertThat(links.get("/me/profile")).isEqualTo("/me/profile");
		assertThat(links.get("/s/abc?x=1")).isEqualTo("/s/abc?x=1");
		assertThat(lookedUp).containsExactly("css/app.css", "js/app.js");
	}

	@Test
	void onlyTheStaticFoldersAreStaticUnderTheContextPath() {
		assertThat(StaticLinkEncodingFilter.isStatic("/webjars/echarts/echarts.min.js", "")).isTrue();
		assertThat(StaticLinkEncodingFilter.isStatic("/img/favicon.svg", "")).isTrue();
		assertThat(StaticLinkEncodingFilter.isStatic("/hc/css/app.css", "/hc")).isTrue();
		assertThat(StaticLinkEncodingFilter.isStatic("/css/app.css", "/hc")).isFalse();
		assertThat(StaticLinkEncodingFilter.isStatic("/cssx/app.css", "")).isFalse();
		assertThat(StaticLinkEncodingFilter.isStatic("/official/js/", "")).isFalse();
	}

	/** The resource chain of application.properties (content fingerprints on /**). */
	private static ResourceUrlProvider providerRecording(List<String> lookedUp) throws Exception {
		ResourceHttpRequestHandler handler = new ResourceHttpRequestHandler();
		handler.setLocations(List.of(new ClassPathResource("static/")));
		handler.setResourceResolvers(List.of(new Recording(lookedUp),
				new VersionResourceResolver().addContentVersionStrategy("/**"), new PathResourceResolver()));
		handler.afterPropertiesSet();
		ResourceUrlProvider provider = new ResourceUrlProvider();
		provider.setHandlerMap(Map.of("/**", handler));
		return provider;
	}

	private record Recording(List<String> lookedUp) implements ResourceResolver {

		@Override
		public Resource resolveResource(HttpServletRequest request, String requestPath,
				List<? extends Resource> locations, ResourceResolverChain chain) {
			return chain.resolveResource(request, requestPath, locations);
		}

		@Override
		public String resolveUrlPath(String resourcePath, List<? extends Resource> locations,
				ResourceResolverChain chain) {
			this.lookedUp.add(resourcePath);
			return chain.resolveUrlPath(resourcePath, locations);
		}

	}

}
