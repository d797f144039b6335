package org.healthcode.checkin;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.healthcode.checkin.ScanRegistrar.Scan;
import org.healthcode.support.HealthCodeException;
import org.healthcode.venue.VenueCode;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The waiting rules of the scan queue, without a database: a scan that cannot queue or
 * whose group does not commit in time is told to retry (503 {@code CHECKIN_BUSY}), never
 * left hanging.
 */
class CheckInBatcherTests {

	private static final Scan SCAN = new Scan(1, new VenueCode(1, 1), List.of(), Channel.APP);

	@Test
	void aStoppedBatcherTakesNoScan() {
		CheckInBatcher batcher = batcher(0, 8, Duration.ofSeconds(1));

		assertThatThrownBy(() -> batcher.register(SCAN)).satisfies(CheckInBatcherTests::isBusy);
	}

	@Test
	void aScanWaitsNoLongerThanConfiguredAndAFullQueueRefusesAtOnce() throws Exception {
		// no writers: whatever queues is never registered
		CheckInBatcher batcher = batcher(0, 1, Duration.ofMillis(300));
		batcher.start();
		try {
			CompletableFuture<Throwable> first = CompletableFuture.supplyAsync(() -> failureOf(batcher));
			Thread.sleep(100);
			long start = System.nanoTime();
			Throwable second = failureOf(batcher);

			assertThat(System.nanoTime() - start).as("the full queue answers at once")
				.isLessThan(TimeUnit.MILLISECONDS.toNanos(250));
			isBusy(second);
			isBusy(first.get(5, TimeUnit.SECONDS));
		}
		finally {
			batcher.stop();
		}
	}

	private static CheckInBatcher batcher(int writers, int queueCapacity, Duration maxWait) {
		CheckInProperties properties = new CheckInProperties(Duration.ofMinutes(2), 28,
				new CheckInProperties.Batch(writers, 16, queueCapacity, maxWait, Duration.ofSeconds(15)),
				Duration.ofMinutes(10));
		return new CheckInBatcher(null, properties);
	}

	private static Throwable failureOf(CheckInBatcher batcher) {
		try {
			batcher.register(SCAN);
			return null;
		}
		catch (RuntimeException ex) {
			return ex;
		}
	}

	private static void isBusy(Throwable failure) {
		assertThat(failure).isInstanceOf(HealthCodeException.class);
		HealthCodeException busy = (HealthCodeException) failure;
		assertThat(busy.code()).isEqualTo("CHECKIN_BUSY");
		assertThat(busy.status()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
	}

}
