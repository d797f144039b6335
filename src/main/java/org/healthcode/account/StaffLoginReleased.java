package org.healthcode.account;

import java.time.Instant;

/**
 * An administrator ended a staff account's login pause (or confirmed there was none).
 * Published inside the releasing transaction; the audit module records it.
 *
 * @param adminAccountId the administrator
 * @param staffAccountId the staff account released
 * @param wasPaused whether a pause was running
 */
public record StaffLoginReleased(long adminAccountId, long staffAccountId, boolean wasPaused, Instant at) {
}
