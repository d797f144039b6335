package org.healthcode.checkin;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.healthcode.account.AccountPrincipal;
import org.healthcode.card.Cards;
import org.healthcode.checkin.GateCheckIn.Nat;
import org.healthcode.checkin.GateCheckIn.Vaccination;
import org.healthcode.entry.EntryFacts;
import org.healthcode.entry.EntryRule;
import org.healthcode.entry.EntryService;
import org.healthcode.entry.Verdict;
import org.healthcode.health.HealthCodeService;
import org.healthcode.health.NatAge;
import org.healthcode.identity.IdNumber;
import org.healthcode.identity.PersonName;
import org.healthcode.person.PersonId;
import org.healthcode.person.PersonProfile;
import org.healthcode.person.PersonService;
import org.healthcode.support.DisplayZone;
import org.healthcode.support.HealthCodeException;
import org.healthcode.venue.PublicVenue;
import org.healthcode.venue.VenueStaffService;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * A venue's guard registers a visitor at its gate, from the health code the visitor shows
 * or, for someone without a phone, from ID number and name (which must be that known
 * person's own name; a miss says nothing about whether the number is registered), or from
 * the visitor's printed card (which checks in only here, through staff). The entry is
 * channel GATE, made by the guard's account, with the door's verdict.
 */
@Service
public class GateService {

	private final VenueStaffService staff;

	private final HealthCodeService codes;

	private final PersonService persons;

	private final EntryService entry;

	private final GateRegistrar registrar;

	private final Cards cards;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	GateService(VenueStaffService staff, HealthCodeService codes, PersonService persons, EntryService entry,
			GateRegistrar registrar, Cards cards, ApplicationEventPublisher events, Clock clock) {
		this.staff = staff;
		this.codes = codes;
		this.persons = persons;
		this.entry = entry;
		this.registrar = registrar;
		this.cards = cards;
		this.events = events;
		this.clock = clock;
	}

	GateCheckIn register(AccountPrincipal guard, long venueId, GateRequest request) {
		PublicVenue venue = this.staff.requireStaffed(guard.accountId(), venueId);
		PersonProfile visitor = visitor(guard, request);
		EntryRule rule = this.entry.effectiveRules(List.of(venue)).get(venue.id());
		EntryFacts facts = this.entry.factsOf(List.of(visitor.id())).get(visitor.id());
		Verdict verdict = this.entry.verdict(rule, facts);
		Instant now = this.clock.instant().truncatedTo(ChronoUnit.MICROS);
		GateRegistrar.Registered registered = this.registrar.register(venue, visitor.id(), guard.accountId(), now,
				facts.color().name(), verdict.outcome().name());
		if (!registered.repeated()) {
			this.events.publishEvent(new CheckInRecorded(venue.id(), venue.divisionCode(),
					List.of(visitor.id().value()), registered.entry().at()));
		}
		return new GateCheckIn(registered.entry().id(), visitor.maskedName(), facts.color(),
				new Nat(facts.nat().state(), facts.nat().sampledAt(),
						facts.nat().sampledAt() == null ? null : NatAge.of(facts.nat().sampledAt(), now)),
				new Vaccination(facts.vaccination().state()), verdict.outcome(), verdict.reasons(),
				registered.entry().at(), registered.repeated());
	}

	/**
	 * Whether scanned text is a printed card's code rather than a phone's health code.
	 */
	boolean isCard(String scanned) {
		return scanned != null && !scanned.isBlank() && this.cards.isCardToken(scanned);
	}

	private PersonProfile visitor(AccountPrincipal guard, GateRequest request) {
		if (request.byToken()) {
			String ref = this.codes.verifyHolder(request.healthToken()).publicRef();
			return this.persons.findByPublicRef(ref)
				.orElseThrow(() -> new HealthCodeException("HEALTH_TOKEN_INVALID", HttpStatus.BAD_REQUEST));
		}
		if (request.byIdentity()) {
			IdNumber idNumber = IdNumber.parse(request.idNumber(),
					LocalDate.ofInstant(this.clock.instant(), DisplayZone.ZONE));
			return this.persons.matchName(idNumber, PersonName.parse(request.name()), guard)
				.orElseThrow(() -> new HealthCodeException("GATE_IDENTITY_MISMATCH", HttpStatus.BAD_REQUEST));
		}
		if (request.byCard()) {
			PersonId holder = this.cards.resolve(request.cardToken());
			return this.persons.profiles(List.of(holder))
				.values()
				.stream()
				.findFirst()
				.orElseThrow(() -> new HealthCodeException("CARD_TOKEN_INVALID", HttpStatus.BAD_REQUEST));
		}
		throw new HealthCodeException("GATE_REQUEST_INVALID", HttpStatus.BAD_REQUEST);
	}

}
