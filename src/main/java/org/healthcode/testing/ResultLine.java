package org.healthcode.testing;

import java.time.Instant;

/** One checked line of a lab's report (JSON entry or CSV line). */
record ResultLine(String tubeCode, NatResult result, Instant testedAt) {
}
