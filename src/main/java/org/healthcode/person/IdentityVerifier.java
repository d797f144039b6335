package org.healthcode.person;

import org.healthcode.identity.IdNumber;
import org.healthcode.identity.PersonName;

/**
 * Port to the real-name check (实名核验): does this name belong to this resident ID number?
 * Real deployments answer it with the public-security citizen identity check (公安部公民身份信息
 * 核验, reached through the province's licensed real-name service); the answer is only
 * "belongs" or "does not", never the registered name. DEMO mode uses
 * {@link DemoIdentityVerifier}. A PRODUCTION deployment provides its own bean of this
 * type; without one every check answers {@link Verdict#UNAVAILABLE} (503
 * {@code IDENTITY_CHECK_UNAVAILABLE}) and a warning is logged at start.
 * <p>
 * Callers never ask it directly: {@link PersonService} does, throttling and auditing
 * wrong-name attempts.
 */
public interface IdentityVerifier {

	Verdict verify(PersonName name, IdNumber idNumber);

	enum Verdict {

		/** The name belongs to the ID number. */
		MATCH,

		/** It does not (or the ID number is not issued). */
		MISMATCH,

		/** The service could not answer now; nothing is decided. */
		UNAVAILABLE

	}

}
