package org.healthcode.web;

import java.time.Duration;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.SimpleLocaleContext;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Chinese by default, English on request: {@code ?lang=en} on any page sets a cookie; API
 * callers without the cookie get their {@code Accept-Language} if it is English. Only
 * these two languages exist: any other or unreadable {@code hc-lang} cookie is ignored.
 */
@Configuration(proxyBeanMethods = false)
class LocaleConfiguration implements WebMvcConfigurer {

	static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

	@Bean
	LocaleResolver localeResolver(WebProperties properties) {
		CookieLocaleResolver resolver = new SupportedLocaleResolver();
		resolver.setCookieMaxAge(Duration.ofDays(365));
		resolver.setCookieSecure(properties.secureCookies());
		resolver.setRejectInvalidCookies(false);
		resolver.setDefaultLocaleFunction(LocaleConfiguration::fromAcceptLanguage);
		return resolver;
	}

	private static Locale fromAcceptLanguage(HttpServletRequest request) {
		String header = request.getHeader("Accept-Language");
		if (header != null && header.toLowerCase(Locale.ROOT).startsWith("en")) {
			return Locale.ENGLISH;
		}
		return CHINESE;
	}

	/** English for any English tag, Chinese for any Chinese one, nothing otherwise. */
	static Locale supported(Locale locale) {
		if (locale == null) {
			return null;
		}
		return switch (locale.getLanguage()) {
			case "en" -> Locale.ENGLISH;
			case "zh" -> CHINESE;
			default -> null;
		};
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor change = new LocaleChangeInterceptor();
		change.setParamName("lang");
		change.setIgnoreInvalidLocale(true);
		registry.addInterceptor(change);
		registry.addInterceptor(new LanguageSwitchInterceptor());
	}

	private static final class SupportedLocaleResolver extends CookieLocaleResolver {

		SupportedLocaleResolver() {
			super("hc-lang");
		}

		@Override
		protected Locale parseLocaleValue(String value) {
			try {
				return supported(super.parseLocaleValue(value));
			}
			catch (IllegalArgumentException ex) {
				return null;
			}
		}

		@Override
		public void setLocaleContext(HttpServletRequest request, HttpServletResponse response, LocaleContext context) {
			Locale locale = context == null ? null : supported(context.getLocale());
			super.setLocaleContext(request, response, locale == null ? null : new SimpleLocaleContext(locale));
		}

	}

}
