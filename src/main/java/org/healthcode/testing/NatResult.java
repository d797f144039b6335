package org.healthcode.testing;

/** What a lab reports for a tube. INVALID (e.g. a broken tube) changes no colour. */
public enum NatResult {

	NEGATIVE, POSITIVE, INVALID

}
