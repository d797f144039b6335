package org.healthcode.account;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code healthcode.account.*}: login rules.
 *
 * @param otpTtl how long a one-time code is valid
 * @param otpMaxAttempts wrong guesses allowed per code
 * @param otpMinInterval least time between two codes for one phone
 * @param otpPerPhonePerHour codes per phone per hour
 * @param otpPerRequesterPerHour codes per client address per hour
 * @param accessTokenTtl lifetime of API bearer tokens
 * @param staffMaxFailures wrong staff passwords before the account locks for
 * {@code staffLockout}
 * @param staffLockout how long a staff account stays locked
 */
@ConfigurationProperties("healthcode.account")
public record AccountProperties(@DefaultValue("5m") Duration otpTtl, @DefaultValue("5") int otpMaxAttempts,
		@DefaultValue("60s") Duration otpMinInterval, @DefaultValue("5") int otpPerPhonePerHour,
		@DefaultValue("30") int otpPerRequesterPerHour, @DefaultValue("30m") Duration accessTokenTtl,
		@DefaultValue("5") int staffMaxFailures, @DefaultValue("15m") Duration staffLockout) {
}
