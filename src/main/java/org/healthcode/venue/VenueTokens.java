package org.healthcode.venue;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.healthcode.support.HealthCodeProperties;
import org.healthcode.support.SignedTokens;

import org.springframework.stereotype.Component;

/**
 * The signed token in a venue's QR code: payload {@code v1|<venueId>|<tokenVersion>}, signed by
 * {@link SignedTokens} for the purpose "venue" (the token also names the key, so posters stay valid
 * when keys rotate). Raising the version in the database retires every older token of that venue.
 */
@Component
class VenueTokens {

	static final String PURPOSE = "venue";

	private static final Pattern PAYLOAD = Pattern.compile("v1\\|([1-9]\\d{0,17})\\|([1-9]\\d{0,8})");

	private final SignedTokens tokens;

	private final String baseUrl;

	VenueTokens(SignedTokens tokens, HealthCodeProperties platform) {
		this.tokens = tokens;
		this.baseUrl = platform.baseUrl().replaceAll("/+$", "");
	}

	String issue(long venueId, int tokenVersion) {
		return this.tokens.sign(PURPOSE, ("v1|" + venueId + "|" + tokenVersion).getBytes(StandardCharsets.US_ASCII));
	}

	String scanUrl(String token) {
		return this.baseUrl + "/s/" + token;
	}

	/** The venue and version a token names, if its signature holds; empty for anything else. */
	Optional<Claims> read(String token) {
		SignedTokens.Decoded decoded = this.tokens.verify(PURPOSE, token);
		if (!decoded.valid()) {
			return Optional.empty();
		}
		Matcher matcher = PAYLOAD.matcher(new String(decoded.payload(), StandardCharsets.US_ASCII));
		if (!matcher.matches()) {
			return Optional.empty();
		}
		return Optional.of(new Claims(Long.parseLong(matcher.group(1)), Integer.parseInt(matcher.group(2))));
	}

	record Claims(long venueId, int tokenVersion) {
	}

}
