package org.healthcode.checkin;

import java.sql.Connection;
import java.sql.SQLException;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * One writer thread of {@link CheckInBatcher} and what a watchdog needs to know about it:
 * since when it has been busy with its current group and on which connection. A writer
 * found stuck (a half-open connection never answers) is retired: its connection is
 * aborted, which ends the wait in the socket, and it stops after that group.
 */
final class CheckInWriter implements ScanRegistrar.Watch {

	private static final Log logger = LogFactory.getLog(CheckInWriter.class);

	private final Thread thread;

	private volatile long busySince;

	private volatile Connection connection;

	private volatile boolean retired;

	CheckInWriter(String name, java.util.function.Consumer<CheckInWriter> loop) {
		this.thread = new Thread(() -> loop.accept(this), name);
		this.thread.setDaemon(true);
	}

	void start() {
		this.thread.start();
	}

	String name() {
		return this.thread.getName();
	}

	void join(long millis) throws InterruptedException {
		this.thread.join(millis);
	}

	boolean alive() {
		return this.thread.isAlive();
	}

	void begin() {
		this.busySince = System.nanoTime();
	}

	void end() {
		this.busySince = 0;
		this.connection = null;
	}

	@Override
	public void using(Connection connection) {
		this.connection = connection;
	}

	/** How long the current group has been running, in nanoseconds; 0 when idle. */
	long busyNanos() {
		long since = this.busySince;
		return (since == 0) ? 0 : System.nanoTime() - since;
	}

	boolean retired() {
		return this.retired;
	}

	/** Stops this writer after its group and cuts the connection that group waits on. */
	void retire() {
		this.retired = true;
		Connection stuck = this.connection;
		if (stuck != null) {
			try {
				stuck.abort(Runnable::run);
			}
			catch (SQLException | RuntimeException ex) {
				logger.warn("Could not abort the connection of stuck check-in writer " + name() + ": "
						+ ex.getClass().getSimpleName());
			}
		}
	}

}
