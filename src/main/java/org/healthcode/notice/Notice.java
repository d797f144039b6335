package org.healthcode.notice;

import java.time.Instant;

import org.healthcode.health.Color;

/**
 * A notice as its reader sees it, in their language.
 *
 * @param color null for a test result (the colour it causes is its own status-change
 * notice)
 * @param reason a status reason, an appeal's decision or a test result
 * ({@code TEST_NEGATIVE}, {@code TEST_POSITIVE}, {@code TEST_POSITIVE_POOLED},
 * {@code TEST_INVALID}) as a code, null for none
 * @param advice what to do, with until when filled in; null when none is configured
 * @param until when the code turns back to the default colour by its rule; null if it
 * holds without end or is already the default
 * @param companionMaskedName the masked name of the companion it is about; null when it
 * is about the reader
 * @param sampledAt when the sample of a test result was taken; null for other kinds
 */
public record Notice(long id, Instant at, NoticeKind kind, Color color, String reason, String advice, Instant until,
		boolean read, String companionMaskedName, Instant sampledAt) {
}
