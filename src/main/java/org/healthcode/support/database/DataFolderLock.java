package org.healthcode.support.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Only one process at a time works on an embedded data folder. The lock is a file beside
 * the folder ({@code postgres.lock} for {@code postgres/}), taken before anything is
 * initialised, started or stopped there, and released by the operating system when the
 * process dies however it dies, so a {@code kill -9} leaves nothing to clean up.
 */
final class DataFolderLock implements AutoCloseable {

	private final FileChannel channel;

	private final FileLock lock;

	private DataFolderLock(FileChannel channel, FileLock lock) {
		this.channel = channel;
		this.lock = lock;
	}

	static Path fileOf(Path dataDir) {
		Path dir = dataDir.toAbsolutePath().normalize();
		return dir.resolveSibling(dir.getFileName() + ".lock");
	}

	/** Takes the folder's lock or fails at once, saying which folder is in use. */
	static DataFolderLock take(Path dataDir) {
		Path file = fileOf(dataDir);
		try {
			Files.createDirectories(file.getParent());
			FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
			FileLock lock;
			try {
				lock = channel.tryLock();
			}
			catch (OverlappingFileLockException ex) {
				lock = null;
			}
			if (lock == null) {
				channel.close();
				throw new IllegalStateException(
						"The embedded database folder " + dataDir + " is in use by another running HealthCode (lock "
								+ file + "): stop it first, or give this one its own --healthcode.data-dir");
			}
			return new DataFolderLock(channel, lock);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not lock the embedded database folder " + dataDir, ex);
		}
	}

	@Override
	public void close() {
		try {
			this.lock.release();
			this.channel.close();
		}
		catch (IOException ex) {
			// the process is going away; the operating system drops the lock with it
		}
	}

}
