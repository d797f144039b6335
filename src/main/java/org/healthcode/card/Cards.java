package org.healthcode.card;

import java.time.Clock;
import java.time.Instant;

import org.healthcode.companion.CompanionService;
import org.healthcode.person.PersonId;
import org.healthcode.person.PersonProfile;
import org.healthcode.person.PersonService;
import org.healthcode.person.PersonalDataAccessed;
import org.healthcode.support.HealthCodeException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Printed resident cards (居民码卡): a resident prints one for themself or for one of their
 * confirmed companions; printing again revokes the card printed before for that person.
 * Gates resolve a scanned card with {@link #resolve}. Every printing is audited.
 */
@Service
public class Cards {

	static final String ISSUED_ACTION = "CARD_ISSUED";

	static final String SELF_PURPOSE = "CARD_SELF";

	static final String COMPANION_PURPOSE = "CARD_COMPANION";

	private final CardRepository cards;

	private final CardTokens tokens;

	private final CardPdf pdf;

	private final PersonService persons;

	private final CompanionService companions;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Cards(CardRepository cards, CardTokens tokens, CardPdf pdf, PersonService persons, CompanionService companions,
			ApplicationEventPublisher events, Clock clock) {
		this.cards = cards;
		this.tokens = tokens;
		this.pdf = pdf;
		this.persons = persons;
		this.companions = companions;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Prints a new card for the resident; their previous card stops working.
	 * @return the card as an ID-card-size PDF
	 */
	@Transactional
	public byte[] issueForSelf(long accountId) {
		PersonProfile self = this.persons.requireByAccount(accountId);
		return issue(accountId, self, self.maskedName(), SELF_PURPOSE);
	}

	/**
	 * Prints a new card for one of the resident's confirmed companions, under the name
	 * the resident gave them: 404 {@code COMPANION_NOT_FOUND} for anyone else's, 409
	 * {@code COMPANION_NOT_CONFIRMED} while the person has not accepted.
	 */
	@Transactional
	public byte[] issueForCompanion(long accountId, long companionId) {
		PersonId person = this.companions.usablePerson(accountId, companionId);
		String maskedName = this.companions.find(accountId, companionId).maskedName();
		return issue(accountId, this.persons.profile(person), maskedName, COMPANION_PURPOSE);
	}

	private byte[] issue(long accountId, PersonProfile person, String maskedName, String purpose) {
		Instant now = this.clock.instant();
		long serial = this.cards.reissue(person.id().value(), accountId, now);
		this.events.publishEvent(new PersonalDataAccessed(person.id(), "RESIDENT", accountId, ISSUED_ACTION, purpose,
				now, "serial=" + serial));
		return this.pdf.render(this.tokens.issue(serial, person.publicRef()), maskedName, serial, now);
	}

	/**
	 * The person a scanned card names.
	 * @throws HealthCodeException 400 {@code CARD_TOKEN_INVALID} (not a genuine card
	 * token, an unknown serial or a person it no longer matches), 410
	 * {@code CARD_REVOKED} (a newer card was printed for the person)
	 */
	@Transactional(readOnly = true)
	public PersonId resolve(String cardToken) {
		CardTokens.Claims claims = this.tokens.read(cardToken).orElseThrow(Cards::invalid);
		CardRepository.CardRow card = this.cards.find(claims.serial()).orElseThrow(Cards::invalid);
		PersonId person = new PersonId(card.personId());
		if (!this.persons.profiles(java.util.List.of(person))
			.values()
			.stream()
			.anyMatch(profile -> profile.publicRef().equals(claims.publicRef()))) {
			throw invalid();
		}
		if (card.revoked()) {
			throw new HealthCodeException("CARD_REVOKED", HttpStatus.GONE);
		}
		return person;
	}

	/** Whether the text is a genuine card token, valid or not (no database). */
	public boolean isCardToken(String token) {
		return this.tokens.read(token).isPresent();
	}

	private static HealthCodeException invalid() {
		return new HealthCodeException("CARD_TOKEN_INVALID", HttpStatus.BAD_REQUEST);
	}

}
