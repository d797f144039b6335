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
 * @param staffMaxFailures failed staff logins for one username (whether it exists or not)
 * before it pauses; counting starts again after each pause
 * @param staffLockout the longest pause; each pause in a row lasts twice as long as the
 * one before, from {@code staffFirstPause} up to this
 * @param staffFirstPause the first pause after {@code staffMaxFailures} failures
 * @param staffAddressMaxFailures failed staff logins from one client address (any
 * usernames) before that address pauses the same way
 * @param staffIdleTimeout how long a staff member's page session lasts without use
 * (residents keep {@code server.servlet.session.timeout})
 */
@ConfigurationProperties("healthcode.account")
public record AccountProperties(@DefaultValue("5m") Duration otpTtl, @DefaultValue("5") int otpMaxAttempts,
		@DefaultValue("60s") Duration otpMinInterval, @DefaultValue("5") int otpPerPhonePerHour,
		@DefaultValue("30") int otpPerRequesterPerHour, @DefaultValue("30m") Duration accessTokenTtl,
		@DefaultValue("5") int staffMaxFailures, @DefaultValue("15m") Duration staffLockout,
		@DefaultValue("1m") Duration staffFirstPause, @DefaultValue("20") int staffAddressMaxFailures,
		@DefaultValue("15m") Duration staffIdleTimeout) {
}
