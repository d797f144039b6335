package org.healthcode.checkin;

import java.time.Duration;

/**
 * What the check-in writers went through lately: a writer replaced because it was stuck,
 * or a group failed because the database was away, is trouble until the next group
 * commits (or for at most {@link #MEMORY}, when no scan comes to prove recovery).
 */
final class WriterHealth {

	static final Duration MEMORY = Duration.ofMinutes(1);

	enum Trouble {

		WRITER_STUCK, DATABASE_UNAVAILABLE

	}

	private volatile Trouble trouble;

	private volatile long troubleAt;

	private volatile int replaced;

	void committed() {
		this.trouble = null;
	}

	void writerStuck() {
		this.replaced++;
		report(Trouble.WRITER_STUCK);
	}

	void databaseFailed() {
		if (this.trouble == null) {
			report(Trouble.DATABASE_UNAVAILABLE);
		}
	}

	private void report(Trouble what) {
		this.troubleAt = System.nanoTime();
		this.trouble = what;
	}

	/** The current trouble, or {@code null}. */
	Trouble trouble() {
		Trouble now = this.trouble;
		return (now != null && System.nanoTime() - this.troubleAt < MEMORY.toNanos()) ? now : null;
	}

	int replaced() {
		return this.replaced;
	}

}
