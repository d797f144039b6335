package org.healthcode.appeal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.healthcode.account.AccountPrincipal;
import org.healthcode.appeal.AppealRepository.AttachmentRow;
import org.healthcode.appeal.AppealRepository.Row;
import org.healthcode.checkin.CheckIn;
import org.healthcode.checkin.CheckInQueries;
import org.healthcode.health.HealthService;
import org.healthcode.identity.PiiCipher;
import org.healthcode.identity.PiiField;
import org.healthcode.person.PersonId;
import org.healthcode.person.PersonProfile;
import org.healthcode.person.PersonService;
import org.healthcode.person.PersonalDataAccessed;
import org.healthcode.testing.TestHistory;
import org.healthcode.venue.PublicVenue;
import org.healthcode.venue.VenueService;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The officials' side of appeals: the queue (oldest first, time left of the 24-hour
 * target), the case with the person's colours, trajectory and tests, the attachments.
 * Every read (the tests are part of the case read) is audited
 * ({@link PersonalDataAccessed}, purpose {@code APPEAL_REVIEW}).
 */
@Service
public class AppealDesk {

	static final String PURPOSE = "APPEAL_REVIEW";

	static final int QUEUE_SIZE = 100;

	static final Duration TRAJECTORY = Duration.ofDays(28);

	private final AppealRepository appeals;

	private final PersonService persons;

	private final HealthService health;

	private final CheckInQueries checkIns;

	private final VenueService venues;

	private final TestHistory tests;

	private final PiiCipher cipher;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	private final Clock clock;

	AppealDesk(AppealRepository appeals, PersonService persons, HealthService health, CheckInQueries checkIns,
			VenueService venues, TestHistory tests, PiiCipher cipher, ApplicationEventPublisher events,
			TransactionTemplate transactions, Clock clock) {
		this.tests = tests;
		this.appeals = appeals;
		this.persons = persons;
		this.health = health;
		this.checkIns = checkIns;
		this.venues = venues;
		this.cipher = cipher;
		this.events = events;
		this.transactions = transactions;
		this.clock = clock;
	}

	/**
	 * Appeals in a state ({@code OPEN} by default), oldest first; optionally of one
	 * reason.
	 */
	public List<AppealQueueEntry> queue(AccountPrincipal me, String state, AppealReason reason) {
		List<Row> rows = this.appeals.queue(state, reason, QUEUE_SIZE);
		Map<PersonId, PersonProfile> profiles = this.persons
			.profiles(rows.stream().map(row -> new PersonId(row.personId())).toList());
		Instant now = this.clock.instant();
		this.transactions
			.executeWithoutResult(status -> rows.forEach(row -> audit(me, row.personId(), "APPEAL_QUEUE_READ", now)));
		return rows.stream().map(row -> {
			PersonProfile profile = profiles.get(new PersonId(row.personId()));
			return new AppealQueueEntry(row.id(), profile == null ? null : profile.maskedName(), row.reason(),
					row.colorAtFiling(), row.state(), row.createdAt(), minutesLeft(row, now), row.attachments());
		}).toList();
	}

	/** The case; 404 {@code APPEAL_NOT_FOUND}. */
	public AppealCase caseOf(AccountPrincipal me, long id) {
		Row row = this.appeals.find(id).orElseThrow(AppealService::notFound);
		PersonId personId = new PersonId(row.personId());
		PersonProfile profile = this.persons.profile(personId);
		Instant now = this.clock.instant();
		List<CheckIn> entries = this.checkIns.ofPersons(List.of(row.personId()), now.minus(TRAJECTORY), now, 200);
		Map<Long, PublicVenue> places = this.venues
			.findPublic(entries.stream().map(CheckIn::venueId).distinct().toList());
		List<AppealCase.Visit> trajectory = entries.stream().map(entry -> {
			PublicVenue venue = places.get(entry.venueId());
			return new AppealCase.Visit(entry.at(), venue == null ? null : venue.name(),
					venue == null ? null : venue.divisionName());
		}).toList();
		List<AppealCase.Status> statuses = this.health.history(personId)
			.stream()
			.map(status -> new AppealCase.Status(status.color(), status.reason(), status.setAt(), status.expiresAt()))
			.toList();
		List<AppealCase.Attachment> attachments = this.appeals.attachments(id)
			.stream()
			.map(a -> new AppealCase.Attachment(a.id(), a.contentType(), a.size()))
			.toList();
		this.transactions.executeWithoutResult(status -> audit(me, row.personId(), "APPEAL_CASE_READ", now));
		return new AppealCase(row.id(), profile.maskedName(), profile.maskedIdNumber(), row.reason(),
				this.cipher.decrypt(PiiField.APPEAL_TEXT, row.details()),
				row.correctedName() == null ? null : this.cipher.decrypt(PiiField.NAME, row.correctedName()),
				row.colorAtFiling(), this.health.current(personId).color(), row.state(), row.createdAt(),
				minutesLeft(row, now), attachments, trajectory, statuses, this.tests.recent(personId), row.decidedAt(),
				row.decidedColor(),
				row.decisionNote() == null ? null : this.cipher.decrypt(PiiField.APPEAL_TEXT, row.decisionNote()));
	}

	/** An attachment's content, for officials only; each read audited. */
	public Attachment attachment(AccountPrincipal me, long id, long attachmentId) {
		Row row = this.appeals.find(id).orElseThrow(AppealService::notFound);
		AttachmentRow stored = this.appeals.attachment(id, attachmentId).orElseThrow(AppealService::notFound);
		this.transactions
			.executeWithoutResult(status -> audit(me, row.personId(), "APPEAL_ATTACHMENT_READ", this.clock.instant()));
		return new Attachment(stored.contentType(),
				this.cipher.decryptBytes(PiiField.APPEAL_ATTACHMENT, stored.content()));
	}

	void audit(AccountPrincipal me, long personId, String action, Instant at) {
		this.events.publishEvent(new PersonalDataAccessed(new PersonId(personId), me.role().name(), me.accountId(),
				action, PURPOSE, at));
	}

	private static long minutesLeft(Row row, Instant now) {
		return Duration.between(now, row.createdAt().plus(AppealService.TARGET)).toMinutes();
	}

	/** An attachment's type (checked at upload) and content. */
	public record Attachment(String contentType, byte[] content) {
	}

}
