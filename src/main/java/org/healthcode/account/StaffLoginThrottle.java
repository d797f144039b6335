package org.healthcode.account;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.healthcode.identity.BlindIndex;
import org.healthcode.identity.PiiField;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows staff password guessing without handing anyone a lock: failures count per typed
 * username — existing or not, so a pause tells nothing about which accounts exist — and
 * per client address. After {@code staff-max-failures} (per address
 * {@code staff-address-max-failures}) the key pauses; the count starts again after the
 * pause, and each pause in a row lasts twice as long as the one before (from
 * {@code staff-first-pause} up to {@code staff-lockout}). A day without failures forgets
 * the key; a successful login forgets its username; an administrator can end a pause.
 */
@Component
class StaffLoginThrottle {

	/** A key with no failure for this long starts afresh. */
	static final Duration QUIET = Duration.ofDays(1);

	private final StaffLoginThrottleRepository repository;

	private final BlindIndex index;

	private final AccountProperties properties;

	StaffLoginThrottle(StaffLoginThrottleRepository repository, BlindIndex index, AccountProperties properties) {
		this.repository = repository;
		this.index = index;
		this.properties = properties;
	}

	Keys keys(String username, String address) {
		return new Keys(usernameKey(username), this.index.of(PiiField.IP_ADDRESS, "staff-login:" + address));
	}

	Optional<Instant> pausedUntil(Keys keys, Instant now) {
		return this.repository.pausedUntil(List.of(keys.username(), keys.address()), now);
	}

	@Transactional
	void failed(Keys keys, Instant now) {
		Rule username = new Rule(this.properties.staffMaxFailures(), this.properties.staffFirstPause(),
				this.properties.staffLockout());
		Rule address = new Rule(this.properties.staffAddressMaxFailures(), this.properties.staffFirstPause(),
				this.properties.staffLockout());
		this.repository.save(keys.username(), username.afterFailure(this.repository.lock(keys.username(), now), now));
		this.repository.save(keys.address(), address.afterFailure(this.repository.lock(keys.address(), now), now));
	}

	void succeeded(Keys keys, Instant now) {
		this.repository.delete(keys.username(), now);
	}

	/** Ends the username's pause and forgets its failures; true if it was paused. */
	boolean release(String username, Instant now) {
		return this.repository.delete(usernameKey(username), now);
	}

	int purgeIdleBefore(Instant cutoff) {
		return this.repository.deleteIdleBefore(cutoff);
	}

	private byte[] usernameKey(String username) {
		return this.index.of(PiiField.LOGIN_NAME, username.strip().toLowerCase(Locale.ROOT));
	}

	/** The hashed keys of one attempt. */
	record Keys(byte[] username, byte[] address) {
	}

	/**
	 * @param failures failures since the last pause began
	 * @param pauses pauses in a row so far
	 */
	record State(int failures, int pauses, Instant pausedUntil, Instant lastFailureAt) {
	}

	/** When a key pauses and for how long. */
	record Rule(int maxFailures, Duration firstPause, Duration longestPause) {

		State afterFailure(State state, Instant now) {
			if (state.pausedUntil() != null && state.pausedUntil().isAfter(now)) {
				// an attempt during a pause neither counts nor lengthens it
				return new State(state.failures(), state.pauses(), state.pausedUntil(), now);
			}
			boolean quiet = state.lastFailureAt() != null && state.lastFailureAt().plus(QUIET).isBefore(now);
			int failures = (quiet ? 0 : state.failures()) + 1;
			int pauses = quiet ? 0 : state.pauses();
			if (failures < this.maxFailures) {
				return new State(failures, pauses, quiet ? null : state.pausedUntil(), now);
			}
			return new State(0, pauses + 1, now.plus(pause(pauses)), now);
		}

		/**
		 * The {@code n}th pause (from 0): the first one doubled n times, at most the
		 * longest.
		 */
		Duration pause(int n) {
			Duration pause = this.firstPause;
			for (int i = 0; i < n && pause.compareTo(this.longestPause) < 0; i++) {
				pause = pause.multipliedBy(2);
			}
			return pause.compareTo(this.longestPause) > 0 ? this.longestPause : pause;
		}

	}

}
