package org.healthcode.account;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.Base64;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.SecretKey;

import org.healthcode.support.KeyRing;

import org.springframework.stereotype.Service;

/**
 * Short-lived bearer tokens for the API: {@code hc1.<payload>.<mac>}, payload
 * {@code role|accountId|issuedAt|expiresAt}, HMAC-SHA256 under a key of their own.
 * Stateless, so any node checks any token; no personal data inside.
 */
@Service
public class AccessTokenService {

	private static final String PREFIX = "hc1.";

	private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

	private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

	private final SecretKey key;

	/**
	 * One keyed HMAC per thread, reused for every token (each request checks one):
	 * looking it up and keying it per call cost more than the hash itself.
	 */
	private final ThreadLocal<Mac> macs = ThreadLocal.withInitial(this::newMac);

	private final Clock clock;

	private final AccountProperties properties;

	AccessTokenService(KeyRing keys, Clock clock, AccountProperties properties) {
		this.key = keys.accessTokenKey();
		this.clock = clock;
		this.properties = properties;
	}

	public AccessToken issue(AccountPrincipal principal) {
		long now = this.clock.instant().getEpochSecond();
		long ttl = this.properties.accessTokenTtl().toSeconds();
		String payload = principal.role().name() + "|" + principal.accountId() + "|" + now + "|" + (now + ttl);
		String encoded = ENCODER.encodeToString(payload.getBytes(StandardCharsets.UTF_8));
		return new AccessToken(PREFIX + encoded + "." + ENCODER.encodeToString(mac(encoded)), ttl);
	}

	/** The account a token stands for, if the token is genuine and not expired. */
	public Optional<AccountPrincipal> authenticate(String token) {
		if (token == null || !token.startsWith(PREFIX) || token.length() > 512) {
			return Optional.empty();
		}
		String[] parts = token.substring(PREFIX.length()).split("\\.", -1);
		if (parts.length != 2) {
			return Optional.empty();
		}
		try {
			// compared as text: only the canonical spelling of the MAC passes
			byte[] expected = ENCODER.encodeToString(mac(parts[0])).getBytes(StandardCharsets.US_ASCII);
			if (!MessageDigest.isEqual(expected, parts[1].getBytes(StandardCharsets.US_ASCII))) {
				return Optional.empty();
			}
			String[] fields = new String(DECODER.decode(parts[0]), StandardCharsets.UTF_8).split("\\|");
			if (fields.length != 4 || Long.parseLong(fields[3]) <= this.clock.instant().getEpochSecond()) {
				return Optional.empty();
			}
			Role role = Role.valueOf(fields[0]);
			long accountId = Long.parseLong(fields[1]);
			return Optional.of(new AccountPrincipal(role, accountId, ""));
		}
		catch (IllegalArgumentException ex) {
			// undecodable base64, number or role: not a token of ours
			return Optional.empty();
		}
	}

	private byte[] mac(String encodedPayload) {
		Mac mac = this.macs.get();
		mac.reset();
		return mac.doFinal(encodedPayload.getBytes(StandardCharsets.US_ASCII));
	}

	private Mac newMac() {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(this.key);
			return mac;
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HMAC-SHA256 is not available", ex);
		}
	}

}
