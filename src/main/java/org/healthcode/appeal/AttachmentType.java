package org.healthcode.appeal;

import java.util.Optional;

/**
 * What an attachment is, from its first bytes (never from its name or declared type): an
 * executable renamed {@code .jpg} is none of these.
 */
enum AttachmentType {

	JPEG("image/jpeg", new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF }),

	PNG("image/png", new byte[] { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A }),

	PDF("application/pdf", new byte[] { '%', 'P', 'D', 'F', '-' });

	private final String contentType;

	private final byte[] magic;

	AttachmentType(String contentType, byte[] magic) {
		this.contentType = contentType;
		this.magic = magic;
	}

	String contentType() {
		return this.contentType;
	}

	static Optional<AttachmentType> of(byte[] content) {
		for (AttachmentType type : values()) {
			if (type.matches(content)) {
				return Optional.of(type);
			}
		}
		return Optional.empty();
	}

	static Optional<AttachmentType> ofContentType(String contentType) {
		for (AttachmentType type : values()) {
			if (type.contentType.equals(contentType)) {
				return Optional.of(type);
			}
		}
		return Optional.empty();
	}

	private boolean matches(byte[] content) {
		if (content.length < this.magic.length) {
			return false;
		}
		for (int i = 0; i < this.magic.length; i++) {
			if (content[i] != this.magic[i]) {
				return false;
			}
		}
		return true;
	}

}
