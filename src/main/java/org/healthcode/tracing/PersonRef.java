package org.healthcode.tracing;

import org.healthcode.health.Color;

/**
 * A person in a tracing result: the internal id (for officials' follow-up actions such as
 * bulk marking, never an ID number), masked name and ID number, and the colour that holds
 * now.
 */
public record PersonRef(long personId, String maskedName, String maskedIdNumber, Color color) {
}
