package org.healthcode.checkin;

/**
 * Another person's entry that falls into the window of a probe.
 *
 * @param probe index of the probe in the list given to {@link CheckInQueries#contacts}
 * @param entry the other person's entry
 */
public record ContactMatch(int probe, CheckIn entry) {
}
