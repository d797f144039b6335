package org.healthcode.tracing;

import org.healthcode.venue.VenueCategory;

/**
 * A venue as tracing results show it. A venue the venue module no longer knows keeps its
 * id and has empty texts and no category.
 */
public record VenueRef(long id, String name, String address, String divisionName, VenueCategory category) {
}
