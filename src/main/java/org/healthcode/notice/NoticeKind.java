package org.healthcode.notice;

/** What a notice is about (DESIGN §5.3). */
public enum NoticeKind {

	/** A status was set or carried forward by its rule. */
	STATUS_CHANGED,

	/**
	 * A nucleic-acid result was reported (heard from the testing module's
	 * {@code TubesReported}); it has no colour.
	 */
	TEST_RESULT,

	/** A risk area the person visited was designated, or that designation withdrawn. */
	EXPOSURE_ALERT,

	/** An appeal about the person's colour was decided. */
	APPEAL_DECIDED

}
