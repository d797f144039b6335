package org.healthcode.checkin;

/** How many entries one key (a day, a venue...) had. */
public record CheckInCount<K>(K key, long count) {
}
