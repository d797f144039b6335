package org.healthcode.appeal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** An attachment's type comes from its first bytes, never its name or declared type. */
class AttachmentTypeTests {

	@Test
	void picturesAndPdfsAreKnownByTheirMagicBytes() {
		assertThat(AttachmentType.of(new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE1 }))
			.contains(AttachmentType.JPEG);
		assertThat(AttachmentType.of(new byte[] { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0 }))
			.contains(AttachmentType.PNG);
		assertThat(AttachmentType.of("%PDF-1.4".getBytes())).contains(AttachmentType.PDF);
	}

	@Test
	void executablesScriptsAndTruncatedFilesAreNone() {
		assertThat(AttachmentType.of(new byte[] { 'M', 'Z', (byte) 0x90, 0 })).isEmpty();
		assertThat(AttachmentType.of(new byte[] { 0x7F, 'E', 'L', 'F' })).isEmpty();
		assertThat(AttachmentType.of("<svg onload=alert(1)>".getBytes())).isEmpty();
		assertThat(AttachmentType.of(new byte[] { (byte) 0xFF, (byte) 0xD8 })).isEmpty();
		assertThat(AttachmentType.of(new byte[0])).isEmpty();
	}

}
