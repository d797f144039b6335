package org.healthcode.appeal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.healthcode.appeal.AppealRepository.Row;
import org.healthcode.companion.CompanionService;
import org.healthcode.health.HealthService;
import org.healthcode.identity.PersonName;
import org.healthcode.identity.PiiCipher;
import org.healthcode.identity.PiiField;
import org.healthcode.person.PersonId;
import org.healthcode.person.PersonProfile;
import org.healthcode.person.PersonService;
import org.healthcode.support.HealthCodeException;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The resident's side of appeals: file one about themselves or a companion (one open
 * appeal per person), add up to three attachments (JPEG, PNG or PDF by their content, at
 * most 5 MB, stored encrypted), follow its progress.
 */
@Service
public class AppealService {

	static final Duration TARGET = Duration.ofHours(24);

	static final int MAX_ATTACHMENTS = 3;

	static final int MAX_ATTACHMENT_BYTES = 5 * 1024 * 1024;

	private final AppealRepository appeals;

	private final PersonService persons;

	private final CompanionService companions;

	private final HealthService health;

	private final PiiCipher cipher;

	private final TransactionTemplate transactions;

	private final Clock clock;

	AppealService(AppealRepository appeals, PersonService persons, CompanionService companions, HealthService health,
			PiiCipher cipher, TransactionTemplate transactions, Clock clock) {
		this.appeals = appeals;
		this.persons = persons;
		this.companions = companions;
		this.health = health;
		this.cipher = cipher;
		this.transactions = transactions;
		this.clock = clock;
	}

	/**
	 * Files an appeal. 404 {@code COMPANION_NOT_FOUND} for a companion that is not the
	 * resident's; 409 {@code APPEAL_ALREADY_OPEN} while one is open for that person; 400
	 * {@code APPEAL_NAME_REQUIRED} for an identity correction without the right name.
	 */
	public Appeal file(long accountId, FileAppeal request) {
		PersonProfile self = this.persons.requireByAccount(accountId);
		PersonId personId = request.companionId() == null ? self.id()
				: this.companions.usablePerson(accountId, request.companionId());
		byte[] correctedName = null;
		if (request.reason() == AppealReason.IDENTITY_CORRECTION) {
			if (request.correctedName() == null) {
				throw new HealthCodeException("APPEAL_NAME_REQUIRED", HttpStatus.BAD_REQUEST);
			}
			correctedName = this.cipher.encrypt(PiiField.NAME, PersonName.parse(request.correctedName()).value());
		}
		byte[] name = correctedName;
		byte[] details = this.cipher.encrypt(PiiField.APPEAL_TEXT, request.details());
		Instant now = this.clock.instant();
		long id;
		try {
			id = this.transactions.execute(status -> {
				if (this.appeals.hasOpen(personId.value())) {
					throw alreadyOpen();
				}
				return this.appeals.insert(personId.value(), accountId, request.companionId(), request.reason(),
						details, name, this.health.current(personId).color(), now);
			});
		}
		catch (DuplicateKeyException ex) {
			throw alreadyOpen();
		}
		return view(this.appeals.find(id).orElseThrow());
	}

	/** The resident's appeals, newest first. */
	public List<Appeal> mine(long accountId) {
		return this.appeals.ofAccount(accountId).stream().map(this::view).toList();
	}

	/** One of the resident's appeals; 404 {@code APPEAL_NOT_FOUND} for another's. */
	public Appeal mine(long accountId, long appealId) {
		return view(own(accountId, appealId));
	}

	/**
	 * Adds an attachment to an open appeal of the resident's. 415
	 * {@code APPEAL_ATTACHMENT_TYPE} unless its content is a JPEG, PNG or PDF; 400
	 * {@code APPEAL_ATTACHMENT_EMPTY} / {@code APPEAL_ATTACHMENT_TOO_LARGE}; 409
	 * {@code APPEAL_ATTACHMENT_LIMIT} after three, {@code APPEAL_CLOSED} once decided.
	 */
	public Appeal attach(long accountId, long appealId, byte[] content) {
		if (content == null || content.length == 0) {
			throw new HealthCodeException("APPEAL_ATTACHMENT_EMPTY", HttpStatus.BAD_REQUEST);
		}
		if (content.length > MAX_ATTACHMENT_BYTES) {
			throw new HealthCodeException("APPEAL_ATTACHMENT_TOO_LARGE", HttpStatus.BAD_REQUEST, 5);
		}
		AttachmentType type = AttachmentType.of(content)
			.orElseThrow(() -> new HealthCodeException("APPEAL_ATTACHMENT_TYPE", HttpStatus.UNSUPPORTED_MEDIA_TYPE));
		byte[] sealed = this.cipher.encryptBytes(PiiField.APPEAL_ATTACHMENT, content);
		this.transactions.executeWithoutResult(status -> {
			Row row = this.appeals.lock(appealId)
				.filter(found -> found.accountId() == accountId)
				.orElseThrow(AppealService::notFound);
			if (!"OPEN".equals(row.state())) {
				throw new HealthCodeException("APPEAL_CLOSED", HttpStatus.CONFLICT);
			}
			if (this.appeals.attachmentCount(appealId) >= MAX_ATTACHMENTS) {
				throw new HealthCodeException("APPEAL_ATTACHMENT_LIMIT", HttpStatus.CONFLICT, MAX_ATTACHMENTS);
			}
			this.appeals.insertAttachment(appealId, type, content.length, sealed, this.clock.instant());
		});
		return mine(accountId, appealId);
	}

	private Row own(long accountId, long appealId) {
		return this.appeals.find(appealId)
			.filter(row -> row.accountId() == accountId)
			.orElseThrow(AppealService::notFound);
	}

	private Appeal view(Row row) {
		PersonId personId = new PersonId(row.personId());
		Map<PersonId, PersonProfile> profiles = this.persons.profiles(List.of(personId));
		PersonProfile profile = profiles.get(personId);
		return new Appeal(row.id(), row.companionId() == null ? "SELF" : String.valueOf(row.companionId()),
				profile == null ? null : profile.maskedName(), row.reason(), row.colorAtFiling(), row.state(),
				row.createdAt(), row.createdAt().plus(TARGET), row.attachments(), row.decidedAt(), row.decidedColor(),
				row.decisionNote() == null ? null : this.cipher.decrypt(PiiField.APPEAL_TEXT, row.decisionNote()));
	}

	static HealthCodeException notFound() {
		return new HealthCodeException("APPEAL_NOT_FOUND", HttpStatus.NOT_FOUND);
	}

	private static HealthCodeException alreadyOpen() {
		return new HealthCodeException("APPEAL_ALREADY_OPEN", HttpStatus.CONFLICT);
	}

}
