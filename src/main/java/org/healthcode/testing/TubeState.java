package org.healthcode.testing;

/**
 * OPEN while samples go in, SAMPLED once closed and on its way, REPORTED with a result.
 */
enum TubeState {

	OPEN, SAMPLED, REPORTED

}
