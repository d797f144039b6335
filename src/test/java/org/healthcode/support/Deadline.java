package org.healthcode.support;

import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

/** Polls a condition until it holds or a deadline passes (no fixed sleeps in tests). */
public final class Deadline {

	private final long end;

	private Deadline(Duration within) {
		this.end = System.nanoTime() + within.toNanos();
	}

	public static Deadline of(Duration within) {
		return new Deadline(within);
	}

	public boolean passed() {
		return System.nanoTime() > this.end;
	}

	/** Waits until {@code condition} holds; fails when the deadline passes first. */
	public void await(BooleanSupplier condition) {
		while (!condition.getAsBoolean()) {
			if (passed()) {
				throw new AssertionError("Condition not met before the deadline");
			}
			LockSupport.parkNanos(Duration.ofMillis(100).toNanos());
		}
	}

}
