package org.healthcode.tracing;

import java.util.List;

/**
 * One contact person, with every encounter that made them one.
 *
 * @param degree 1 for a contact of the case, 2 for a contact of a contact (only when
 * asked for)
 * @param overlapMinutes the longest overlap of their encounters
 */
public record Contact(PersonRef person, int degree, int overlapMinutes, List<Encounter> encounters) {
}
