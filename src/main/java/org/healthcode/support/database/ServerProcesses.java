package org.healthcode.support.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Stream;

/**
 * The PostgreSQL server processes that serve one data folder, found from the operating
 * system rather than from {@code postmaster.pid}, which may be stale and name any process
 * (its pid reused after a crash). A process belongs to the folder when its program is
 * {@code postgres} and its working directory is the folder (the postmaster and each of
 * its children change into their data folder at start). Nothing else is ever signalled.
 */
final class ServerProcesses {

	private static final Path PROC = Path.of("/proc");

	private ServerProcesses() {
	}

	/** Whether processes can be examined here (Linux); elsewhere nothing is found. */
	static boolean inspectable() {
		return Files.isDirectory(PROC.resolve("self"));
	}

	/** The live server processes of {@code dataDir}, postmaster and children. */
	static List<ProcessHandle> of(Path dataDir) {
		if (!inspectable()) {
			return List.of();
		}
		Path folder = realPath(dataDir).orElse(null);
		if (folder == null) {
			return List.of();
		}
		List<ProcessHandle> found = new ArrayList<>();
		try (Stream<Path> entries = Files.list(PROC)) {
			entries.map(path -> path.getFileName().toString())
				.filter(name -> name.chars().allMatch(Character::isDigit))
				.map(Long::parseLong)
				.filter(pid -> serves(pid, folder))
				.forEach(pid -> ProcessHandle.of(pid).ifPresent(found::add));
		}
		catch (IOException ex) {
			return List.of();
		}
		return found;
	}

	/** Whether {@code pid} is a live PostgreSQL server process of {@code dataDir}. */
	static boolean isServerOf(long pid, Path dataDir) {
		Optional<Path> folder = realPath(dataDir);
		return folder.isPresent() && serves(pid, folder.get());
	}

	/** The pid that {@code postmaster.pid} names, if the file is there and readable. */
	static OptionalLong pidFileOf(Path dataDir) {
		Path file = dataDir.resolve("postmaster.pid");
		try {
			List<String> lines = Files.readAllLines(file);
			return lines.isEmpty() ? OptionalLong.empty() : OptionalLong.of(Long.parseLong(lines.get(0).trim()));
		}
		catch (IOException | NumberFormatException ex) {
			return OptionalLong.empty();
		}
	}

	private static boolean serves(long pid, Path folder) {
		Path process = PROC.resolve(Long.toString(pid));
		try {
			Path program = Files.readSymbolicLink(process.resolve("exe"));
			if (!program.getFileName().toString().equals("postgres")) {
				return false;
			}
			return Files.readSymbolicLink(process.resolve("cwd")).equals(folder);
		}
		catch (IOException | UnsupportedOperationException | SecurityException ex) {
			// gone meanwhile, or not ours to look at: not a server of this folder
			return false;
		}
	}

	private static Optional<Path> realPath(Path dir) {
		try {
			return Optional.of(dir.toRealPath());
		}
		catch (IOException ex) {
			return Optional.empty();
		}
	}

}
