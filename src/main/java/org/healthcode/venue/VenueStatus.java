package org.healthcode.venue;

/**
 * Whether a venue's code registers entries ({@code ACTIVE}) or is paused by its manager.
 */
public enum VenueStatus {

	ACTIVE, SUSPENDED

}
