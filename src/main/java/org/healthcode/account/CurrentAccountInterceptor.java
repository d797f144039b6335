package org.healthcode.account;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Gives every page {@code currentAccount} (or null), so the layout can show who is signed
 * in.
 */
@ControllerAdvice(annotations = Controller.class)
class CurrentAccountModelAdvice {

	@ModelAttribute("currentAccount")
	AccountPrincipal currentAccount() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof AccountPrincipal principal) {
			return principal;
		}
		return null;
	}

}
