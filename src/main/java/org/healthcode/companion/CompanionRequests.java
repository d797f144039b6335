package org.healthcode.companion;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.healthcode.companion.CompanionRepository.CompanionRow;
import org.healthcode.person.PersonProfile;
import org.healthcode.person.PersonService;
import org.healthcode.support.HealthCodeException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The other side of a companion entry: a resident with an account of their own sees who
 * asks to bring them along, accepts or declines, and can withdraw an acceptance later.
 */
@Component
class CompanionRequests {

	private static final Set<LinkState> OPEN = EnumSet.of(LinkState.PENDING, LinkState.ACCEPTED);

	private final CompanionRepository companions;

	private final PersonService persons;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	CompanionRequests(CompanionRepository companions, PersonService persons, Clock clock,
			ApplicationEventPublisher events) {
		this.companions = companions;
		this.persons = persons;
		this.clock = clock;
		this.events = events;
	}

	/** Pending requests first (newest first), then accepted ones. */
	List<CompanionRequest> of(long holderAccount) {
		Optional<PersonProfile> me = this.persons.findByAccount(holderAccount);
		if (me.isEmpty()) {
			return List.of();
		}
		List<CompanionRow> rows = this.companions.ofPerson(me.get().id().value(), OPEN);
		Map<Long, PersonProfile> requesters = this.persons
			.findByAccounts(rows.stream().map(CompanionRow::ownerAccount).toList());
		return rows.stream()
			.sorted((a, b) -> Boolean.compare(a.link() != LinkState.PENDING, b.link() != LinkState.PENDING))
			.map(row -> new CompanionRequest(row.id(),
					Optional.ofNullable(requesters.get(row.ownerAccount())).map(PersonProfile::maskedName).orElse(""),
					row.relation(),
					row.link() == LinkState.PENDING ? CompanionRequest.State.PENDING : CompanionRequest.State.ACCEPTED,
					row.createdAt()))
			.toList();
	}

	/** How many wait for an answer. */
	long pending(long holderAccount) {
		return of(holderAccount).stream().filter(request -> request.state() == CompanionRequest.State.PENDING).count();
	}

	@Transactional
	CompanionRequest accept(long holderAccount, long requestId) {
		decide(holderAccount, requestId, LinkState.ACCEPTED);
		return of(holderAccount).stream().filter(request -> request.id() == requestId).findFirst().orElseThrow();
	}

	/** Declines a pending request, or withdraws an accepted one. */
	@Transactional
	void decline(long holderAccount, long requestId) {
		decide(holderAccount, requestId, LinkState.DECLINED);
	}

	private void decide(long holderAccount, long requestId, LinkState to) {
		PersonProfile me = this.persons.findByAccount(holderAccount).orElseThrow(CompanionRequests::notFound);
		CompanionRow row = this.companions.ofPerson(me.id().value(), OPEN)
			.stream()
			.filter(candidate -> candidate.id() == requestId)
			.findFirst()
			.orElseThrow(CompanionRequests::notFound);
		Instant now = this.clock.instant();
		if (!this.companions.decide(requestId, me.id().value(), OPEN, to, now)) {
			throw notFound();
		}
		this.events.publishEvent(new CompanionLinkDecided(row.id(), row.ownerAccount(), me.id(), holderAccount,
				to == LinkState.ACCEPTED, now));
	}

	private static HealthCodeException notFound() {
		return new HealthCodeException("COMPANION_REQUEST_NOT_FOUND", HttpStatus.NOT_FOUND);
	}

}
