package org.healthcode.person;

import org.healthcode.identity.IdNumber;
import org.healthcode.identity.PersonName;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * DEMO mode's stand-in for the public-security check: a demo has no register of citizens,
 * so every well-formed name and ID number belong together, except names that contain the
 * configured marker ({@code healthcode.person.demo-mismatch-marker}, by default {@code 冒}
 * as in 冒名, "under a false name"), which lets a demo show and a test prove what a wrong
 * name does.
 */
@Component
@ConditionalOnProperty(name = "healthcode.mode", havingValue = "DEMO", matchIfMissing = true)
class DemoIdentityVerifier implements IdentityVerifier {

	private final PersonProperties properties;

	DemoIdentityVerifier(PersonProperties properties) {
		this.properties = properties;
	}

	@Override
	public Verdict verify(PersonName name, IdNumber idNumber) {
		String marker = this.properties.demoMismatchMarker();
		return (marker != null && !marker.isEmpty() && name.value().contains(marker)) ? Verdict.MISMATCH
				: Verdict.MATCH;
	}

}
