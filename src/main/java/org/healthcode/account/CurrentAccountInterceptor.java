package org.healthcode.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Gives every page {@code currentAccount} (or null), so the layout can show who is signed
 * in. A request attribute is a template variable; setting it here for page handlers only
 * spares the JSON API the cost of a model attribute method on every call (a
 * {@code @ControllerAdvice} would also apply to {@code @RestController}s).
 */
@Configuration(proxyBeanMethods = false)
class CurrentAccountInterceptor implements WebMvcConfigurer, HandlerInterceptor {

	static final String ATTRIBUTE = "currentAccount";

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this);
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		if (handler instanceof HandlerMethod method
				&& !method.getBeanType().isAnnotationPresent(RestController.class)) {
			request.setAttribute(ATTRIBUTE, currentAccount());
		}
		return true;
	}

	private static AccountPrincipal currentAccount() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof AccountPrincipal principal) {
			return principal;
		}
		return null;
	}

}
