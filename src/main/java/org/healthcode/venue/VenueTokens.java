package org.healthcode.venue;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.healthcode.support.HealthCodeProperties;
import org.healthcode.support.SignedTokens;

import org.springframework.stereotype.Component;

/**
 * The signed token in a venue's QR code: payload {@code v1|<venueId>|<tokenVersion>},
 * signed by {@link SignedTokens} for the purpose "venue" (the token also names the key,
 * so posters stay valid when keys rotate). Raising the version in the database retires
 * every older token of that venue.
 */
@Component
class VenueTokens {

	static final String PURPOSE = "venue";

	static final String CARD_PURPOSE = "card";

	/** Venue, code version and, on an entrance's code, the entrance. */
	private static final Pattern PAYLOAD = Pattern
		.compile("v1\\|([1-9]\\d{0,17})\\|([1-9]\\d{0,8})(?:\\|e([1-9]\\d{0,17}))?");

	private static final int MAX_REMEMBERED = 50_000;

	private final SignedTokens tokens;

	private final Map<String, Claims> verified = new ConcurrentHashMap<>();

	private final String baseUrl;

	VenueTokens(SignedTokens tokens, HealthCodeProperties platform) {
		this.tokens = tokens;
		this.baseUrl = platform.baseUrl().replaceAll("/+$", "");
	}

	String issue(long venueId, int tokenVersion) {
		return this.tokens.sign(PURPOSE, ("v1|" + venueId + "|" + tokenVersion).getBytes(StandardCharsets.US_ASCII));
	}

	/**
	 * An entrance's code: the venue's payload plus {@code |e<entranceId>}, so it names
	 * the same code version and a regenerated venue code retires its entrances' codes
	 * too.
	 */
	String issueForEntrance(long venueId, int tokenVersion, long entranceId) {
		return this.tokens.sign(PURPOSE,
				("v1|" + venueId + "|" + tokenVersion + "|e" + entranceId).getBytes(StandardCharsets.US_ASCII));
	}

	String scanUrl(String token) {
		return this.baseUrl + "/s/" + token;
	}

	/**
	 * The venue and version a token names, if its signature holds; empty for anything
	 * else. A genuine token stays genuine, so its claims are remembered: a busy venue's
	 * code is checked once, not at every scan (whether the venue is active and the
	 * version current is still read each time).
	 */
	Optional<Claims> read(String token) {
		if (token == null) {
			return Optional.empty();
		}
		Claims known = this.verified.get(token);
		if (known != null) {
			return Optional.of(known);
		}
		Optional<Claims> claims = verify(token);
		claims.ifPresent(valid -> {
			if (this.verified.size() >= MAX_REMEMBERED) {
				this.verified.clear();
			}
			this.verified.put(token, valid);
		});
		return claims;
	}

	private Optional<Claims> verify(String token) {
		SignedTokens.Decoded decoded = this.tokens.verify(PURPOSE, token);
		if (!decoded.valid()) {
			return Optional.empty();
		}
		Matcher matcher = PAYLOAD.matcher(new String(decoded.payload(), StandardCharsets.US_ASCII));
		if (!matcher.matches()) {
			return Optional.empty();
		}
		return Optional.of(new Claims(Long.parseLong(matcher.group(1)), Integer.parseInt(matcher.group(2)),
				matcher.group(3) == null ? null : Long.parseLong(matcher.group(3))));
	}

	/**
	 * Whether a text that is no venue token is a printed resident card's token (the card
	 * module signs those for the purpose "card"): it gets its own refusal, since someone
	 * scanned the wrong thing.
	 */
	boolean isCardToken(String token) {
		return this.tokens.verify(CARD_PURPOSE, token).valid();
	}

	/**
	 * @param entranceId the entrance whose code it is, null for the venue's own code
	 */
	record Claims(long venueId, int tokenVersion, Long entranceId) {
	}

}
