package org.healthcode.account;

import java.util.List;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** The Spring Security view of a signed-in account: the principal and its one role. */
final class PrincipalAuthentication {

	private PrincipalAuthentication() {
	}

	static UsernamePasswordAuthenticationToken of(AccountPrincipal principal) {
		return UsernamePasswordAuthenticationToken.authenticated(principal, null,
				List.of(new SimpleGrantedAuthority(principal.role().authority())));
	}

}
