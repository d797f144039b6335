package org.healthcode.notice;

/** What a notice is about (DESIGN §5.3). */
public enum NoticeKind {

	/** A status was set or carried forward by its rule. */
	STATUS_CHANGED,

	/**
	 * A nucleic-acid result was reported; a listener of the testing module's event adds
	 * these once that module exists.
	 */
	TEST_RESULT,

	/** A risk area the person visited was designated, or that designation withdrawn. */
	EXPOSURE_ALERT,

	/** An appeal about the person's colour was decided. */
	APPEAL_DECIDED

}
