package org.healthcode.health;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The service worker that keeps {@code /verify} usable without a network: it caches the
 * page, its scripts and the public keys. It is served under {@code /verify/} (public like
 * the page) and allowed the scope {@code /verify}, which a script's own folder
 * ({@code /verify/}) would not cover; from {@code /js/} it could not control the page at
 * all.
 */
@Controller
class VerifyServiceWorkerController {

	private static final Resource SCRIPT = new ClassPathResource("health/verify-sw.js");

	@GetMapping("/verify/sw.js")
	ResponseEntity<Resource> serviceWorker(HttpServletRequest request) {
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "javascript"))
			.header("Service-Worker-Allowed", request.getContextPath() + "/verify")
			.body(SCRIPT);
	}

}
