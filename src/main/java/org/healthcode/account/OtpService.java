package org.healthcode.account;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.regex.Pattern;

import org.healthcode.account.OtpRepository.Attempt;
import org.healthcode.account.SmsSender.SmsTemplate;
import org.healthcode.identity.BlindIndex;
import org.healthcode.identity.PhoneNumber;
import org.healthcode.identity.PiiField;
import org.healthcode.support.HealthCodeException;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * SMS one-time codes: six digits, valid {@code otpTtl}, single use, a few guesses each,
 * and rate limited per phone and per client address. Codes are stored only as a keyed
 * hash.
 */
@Service
public class OtpService {

	private static final Pattern CODE = Pattern.compile("\\d{6}");

	private final OtpRepository challenges;

	private final SmsSender sms;

	private final BlindIndex blindIndex;

	private final Clock clock;

	private final AccountProperties properties;

	private final SecureRandom random = new SecureRandom();

	OtpService(OtpRepository challenges, SmsSender sms, BlindIndex blindIndex, Clock clock,
			AccountProperties properties) {
		this.challenges = challenges;
		this.sms = sms;
		this.blindIndex = blindIndex;
		this.clock = clock;
		this.properties = properties;
	}

	/**
	 * Sends a new code to {@code phone}; {@code requester} is the client address, used
	 * only hashed.
	 */
	@Transactional
	public void sendCode(PhoneNumber phone, String requester) {
		byte[] phoneIndex = this.blindIndex.of(phone);
		byte[] requesterIndex = this.blindIndex.of(PiiField.IP_ADDRESS, requester);
		Instant now = this.clock.instant();
		this.challenges.lockPhone(phoneIndex);
		if (this.challenges.countForPhoneSince(phoneIndex, now.minus(this.properties.otpMinInterval())) > 0) {
			// the seconds still to wait, not the whole interval
			Instant next = this.challenges.lastSentAt(phoneIndex)
				.map(sent -> sent.plus(this.properties.otpMinInterval()))
				.orElse(now.plus(this.properties.otpMinInterval()));
			long wait = Math.max(1, (Duration.between(now, next).toMillis() + 999) / 1000);
			throw new HealthCodeException("OTP_TOO_SOON", HttpStatus.TOO_MANY_REQUESTS, wait);
		}
		Instant hourAgo = now.minus(Duration.ofHours(1));
		if (this.challenges.countForPhoneSince(phoneIndex, hourAgo) >= this.properties.otpPerPhonePerHour()
				|| this.challenges.countForRequesterSince(requesterIndex, hourAgo) >= this.properties
					.otpPerRequesterPerHour()) {
			throw new HealthCodeException("OTP_RATE_LIMITED", HttpStatus.TOO_MANY_REQUESTS);
		}
		String code = String.format("%06d", this.random.nextInt(1_000_000));
		this.challenges.insert(phoneIndex, requesterIndex, hash(phoneIndex, code), now,
				now.plus(this.properties.otpTtl()));
		this.sms.send(phone, SmsTemplate.LOGIN_CODE, Map.of("code", code));
	}

	/**
	 * Checks a code against the newest open challenge of the phone and uses it up. Not
	 * transactional on purpose: a failed guess must stay counted.
	 */
	public void verify(PhoneNumber phone, String code) {
		if (code == null || !CODE.matcher(code.strip()).matches()) {
			throw new HealthCodeException("OTP_FORMAT", HttpStatus.BAD_REQUEST);
		}
		byte[] phoneIndex = this.blindIndex.of(phone);
		Attempt attempt = this.challenges.recordAttempt(phoneIndex)
			.orElseThrow(() -> new HealthCodeException("OTP_INVALID", HttpStatus.UNAUTHORIZED));
		Instant now = this.clock.instant();
		if (attempt.attempts() > this.properties.otpMaxAttempts()) {
			throw new HealthCodeException("OTP_ATTEMPTS_EXCEEDED", HttpStatus.TOO_MANY_REQUESTS);
		}
		if (!now.isBefore(attempt.expiresAt())) {
			throw new HealthCodeException("OTP_EXPIRED", HttpStatus.UNAUTHORIZED);
		}
		if (!MessageDigest.isEqual(attempt.codeHash(), hash(phoneIndex, code.strip()))
				|| !this.challenges.consume(attempt.challengeId(), now)) {
			throw new HealthCodeException("OTP_INVALID", HttpStatus.UNAUTHORIZED);
		}
	}

	/**
	 * Guesses left on the phone's newest unused code now: 0 when there is none, it has
	 * expired or its guesses are used up (then only a new code helps).
	 */
	public int guessesLeft(PhoneNumber phone) {
		Instant now = this.clock.instant();
		return this.challenges.newestOpen(this.blindIndex.of(phone))
			.filter(open -> now.isBefore(open.expiresAt()))
			.map(open -> Math.max(0, this.properties.otpMaxAttempts() - open.attempts()))
			.orElse(0);
	}

	/** Old challenges are kept a day for rate limiting and then removed. */
	public int purgeOlderThan(Instant cutoff) {
		return this.challenges.deleteCreatedBefore(cutoff);
	}

	private byte[] hash(byte[] phoneIndex, String code) {
		return this.blindIndex.of(PiiField.OTP_CODE, HexFormat.of().formatHex(phoneIndex) + ":" + code);
	}

}
