package org.healthcode.tracing;

/**
 * Why an official exports contacts with full names and ID numbers: a fixed list, recorded
 * in the audit log as the reason code. A note may add detail (kept encrypted);
 * {@link #OTHER_PURPOSE} requires one.
 */
public enum ExportPurpose {

	/** 流行病学调查: the investigation of a case. */
	CASE_INVESTIGATION,

	/** 通知密接: telling contacts to isolate or test. */
	CONTACT_NOTIFICATION,

	/** 隔离管控安排: arranging quarantine or home monitoring. */
	ISOLATION_ARRANGEMENT,

	/** 核酸检测安排: arranging tests for the contacts. */
	TESTING_ARRANGEMENT,

	/** 移交属地: handing the list to another district's health authority. */
	HANDOVER_TO_LOCAL_AUTHORITY,

	/** 其他: anything else, explained in the note. */
	OTHER_PURPOSE

}
