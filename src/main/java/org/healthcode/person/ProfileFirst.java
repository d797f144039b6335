package org.healthcode.person;

import jakarta.servlet.http.HttpSession;

import org.healthcode.account.AccountPrincipal;
import org.healthcode.account.SignInDestination;

import org.springframework.stereotype.Component;

/**
 * A resident who logs in without real-name registration goes there first, and on to where
 * they were going once registered.
 */
@Component
class ProfileFirst implements SignInDestination {

	private final PersonService persons;

	ProfileFirst(PersonService persons) {
		this.persons = persons;
	}

	@Override
	public String after(AccountPrincipal principal, String target, HttpSession session) {
		if (!principal.resident() || this.persons.findByAccount(principal.accountId()).isPresent()) {
			return target;
		}
		if (!"/".equals(target) && !target.startsWith("/me/profile")) {
			ProfileReturn.remember(session, target);
		}
		return "/me/profile";
	}

}
