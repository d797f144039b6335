package org.healthcode.venue;

/**
 * What anyone who scans a venue's code may know about it: no data about its manager.
 *
 * @param divisionName full division name, e.g. {@code 山东省济南市历下区}
 * @param contactWindowMinutes how close in time two check-ins here count as contact
 */
public record PublicVenue(long id, String name, String address, String divisionCode, String divisionName,
		VenueCategory category, VenueSubtype subtype, int contactWindowMinutes) {
}
