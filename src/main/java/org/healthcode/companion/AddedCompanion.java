package org.healthcode.companion;

/**
 * The answer to adding a companion: what the resident typed, masked, and the new entry's
 * id. The same for every ID number — registered with us or not, under whichever name — so
 * it answers nothing about the person; whether the entry is usable yet is read afterwards
 * ({@link Companion#state()}).
 */
public record AddedCompanion(long id, String maskedName, String maskedIdNumber, Relation relation, boolean withMe) {
}
