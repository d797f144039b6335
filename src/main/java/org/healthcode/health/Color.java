package org.healthcode.health;

/** The colour of a health code: GREEN passes, YELLOW is restricted, RED is refused. */
public enum Color {

	GREEN, YELLOW, RED

}
