package org.healthcode.venue;

import java.time.Instant;

/**
 * One entrance (出入口) of a venue as its manager sees it, with its own code.
 *
 * @param token the entrance's signed code: the venue's current code plus the entrance
 * @param scanUrl what the entrance's poster encodes, {@code {base-url}/s/{token}}
 */
public record Entrance(long id, long venueId, String name, String token, String scanUrl, Instant createdAt) {
}
