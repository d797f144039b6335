package org.healthcode.support;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Properties;
import java.util.Set;

/**
 * Files holding secrets (demo keys, demo passwords) are readable and writable by their
 * owner only (POSIX {@code 600}): created so from the first byte, and tightened when an
 * older version left them open to others.
 */
public final class OwnerOnlyFiles {

	private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

	private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

	private OwnerOnlyFiles() {
	}

	/** Writes a new file that nobody but its owner can ever read. */
	public static void create(Path file, Properties content, String comment) throws IOException {
		Files.createDirectories(file.toAbsolutePath().getParent());
		if (POSIX) {
			Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
		}
		else {
			// not a POSIX file system: the folder's own permissions have to protect it
			Files.createFile(file);
		}
		try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			content.store(writer, comment);
		}
	}

	/** Takes group and other permissions away from an existing file. */
	public static void restrict(Path file) throws IOException {
		if (POSIX && !Files.getPosixFilePermissions(file).equals(OWNER_ONLY)) {
			Files.setPosixFilePermissions(file, OWNER_ONLY);
		}
	}

}
