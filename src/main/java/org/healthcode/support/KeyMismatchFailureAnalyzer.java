package org.healthcode.support;

import org.healthcode.support.KeyFingerprints.KeyMismatchException;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Prints a refused start because of other keys as Spring Boot's "APPLICATION FAILED TO
 * START" block: what differs, and what to restore.
 */
class KeyMismatchFailureAnalyzer extends AbstractFailureAnalyzer<KeyMismatchException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, KeyMismatchException cause) {
		return new FailureAnalysis(
				"This database was written with other keys than the ones configured now: " + cause.problems() + ".",
				"To fix it, " + cause.restoreHint()
						+ ". Do not delete the database's data to get past this: it would lose every record.",
				cause);
	}

}
