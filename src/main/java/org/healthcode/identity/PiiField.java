package org.healthcode.identity;

import java.nio.charset.StandardCharsets;

/**
 * The kinds of personal data kept encrypted; each keys its own blind index and cipher
 * context.
 */
public enum PiiField {

	NAME, ID_NUMBER, PHONE, IP_ADDRESS, OTP_CODE, SMS_PARAMETERS, STATUS_NOTE, LOGIN_NAME, AUDIT_NOTE, APPEAL_TEXT,
	APPEAL_ATTACHMENT, IMPORT_LINE;

	byte[] associatedData() {
		return ("healthcode:" + name()).getBytes(StandardCharsets.UTF_8);
	}

}
