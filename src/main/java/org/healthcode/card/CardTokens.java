package org.healthcode.card;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.healthcode.support.SignedTokens;

import org.springframework.stereotype.Component;

/**
 * The signed token in a card's QR code: payload {@code v1|<serial>|<publicRef>}, signed
 * by {@link SignedTokens} for the purpose "card", so a card never passes as a venue or
 * health code. It names the person only by the opaque public reference, never by the ID
 * number, and carries no colour: the colour is read at the gate when the card is scanned.
 */
@Component
class CardTokens {

	static final String PURPOSE = "card";

	private static final Pattern PAYLOAD = Pattern.compile("v1\\|([1-9]\\d{0,17})\\|([A-Za-z0-9_-]{1,64})");

	private final SignedTokens tokens;

	CardTokens(SignedTokens tokens) {
		this.tokens = tokens;
	}

	String issue(long serial, String publicRef) {
		return this.tokens.sign(PURPOSE, ("v1|" + serial + "|" + publicRef).getBytes(StandardCharsets.US_ASCII));
	}

	/** Serial and person reference of a genuine card token; empty for anything else. */
	Optional<Claims> read(String token) {
		SignedTokens.Decoded decoded = this.tokens.verify(PURPOSE, token);
		if (!decoded.valid()) {
			return Optional.empty();
		}
		Matcher matcher = PAYLOAD.matcher(new String(decoded.payload(), StandardCharsets.US_ASCII));
		if (!matcher.matches()) {
			return Optional.empty();
		}
		return Optional.of(new Claims(Long.parseLong(matcher.group(1)), matcher.group(2)));
	}

	record Claims(long serial, String publicRef) {
	}

}
