package org.healthcode.notice;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.healthcode.account.AccountService;
import org.healthcode.account.SmsSender;
import org.healthcode.account.SmsSender.SmsTemplate;
import org.healthcode.companion.CompanionService;
import org.healthcode.health.Color;
import org.healthcode.health.StatusAdvice;
import org.healthcode.identity.PhoneNumber;
import org.healthcode.notice.NoticeRepository.Row;
import org.healthcode.person.PersonId;
import org.healthcode.person.PersonProfile;
import org.healthcode.person.PersonService;
import org.healthcode.support.HealthCodeException;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells residents what happened to their code or a companion's: a notice for the person's
 * own account and one for the resident who registered them as a companion, each with an
 * SMS that names no one (the words and the advice are read on the notices page).
 */
@Service
public class NoticeService {

	/** Notices a resident sees (the newest). */
	static final int LISTED = 100;

	private final NoticeRepository notices;

	private final PersonService persons;

	private final CompanionService companions;

	private final AccountService accounts;

	private final SmsSender sms;

	private final StatusAdvice advice;

	private final Clock clock;

	NoticeService(NoticeRepository notices, PersonService persons, CompanionService companions, AccountService accounts,
			SmsSender sms, StatusAdvice advice, Clock clock) {
		this.notices = notices;
		this.persons = persons;
		this.companions = companions;
		this.accounts = accounts;
		this.sms = sms;
		this.advice = advice;
		this.clock = clock;
	}

	/**
	 * Tells the person's account (if they have one) and the resident who registered them
	 * as a companion (if anyone did).
	 * @param reason a status reason or another module's word for why (codes only)
	 * @param until when the code turns back to the default colour, null if unknown or
	 * without end
	 */
	@Transactional
	public void notify(PersonId personId, NoticeKind kind, Color color, String reason, Instant until, Instant at) {
		Map<Long, Boolean> readers = new LinkedHashMap<>();
		PersonProfile profile = this.persons.profiles(List.of(personId)).get(personId);
		if (profile != null && profile.hasAccount()) {
			readers.put(profile.accountId(), false);
		}
		Long guardian = this.companions.guardiansOf(List.of(personId)).get(personId);
		if (guardian != null) {
			readers.putIfAbsent(guardian, true);
		}
		if (readers.isEmpty()) {
			return;
		}
		readers.forEach((account, aboutCompanion) -> this.notices.insert(account, personId.value(), aboutCompanion,
				kind, color, reason, until, at));
		Map<Long, PhoneNumber> phones = this.accounts.residentPhones(readers.keySet());
		phones.values()
			.forEach(phone -> this.sms.send(phone, SmsTemplate.NOTICE,
					Map.of("kind", kind.name(), "color", color.name())));
	}

	/** The newest notices of a resident account, in the reader's language. */
	public List<Notice> list(long accountId, Locale locale) {
		List<Row> rows = this.notices.ofAccount(accountId, LISTED);
		Map<PersonId, PersonProfile> companions = this.persons
			.profiles(rows.stream().filter(Row::aboutCompanion).map(row -> new PersonId(row.personId())).toList());
		List<Notice> result = new ArrayList<>();
		for (Row row : rows) {
			PersonProfile companion = row.aboutCompanion() ? companions.get(new PersonId(row.personId())) : null;
			// a test result's advice names when the sample was taken
			String advice = (row.kind() == NoticeKind.TEST_RESULT)
					? this.advice.advice(row.reason(), null, row.sampledAt(), locale).orElse(null)
					: this.advice.advice(row.reason(), row.color(), row.until(), locale).orElse(null);
			result.add(new Notice(row.id(), row.at(), row.kind(), row.color(), row.reason(), advice, row.until(),
					row.read(), companion == null ? null : companion.maskedName(), row.sampledAt()));
		}
		return result;
	}

	/** Marks a notice read; 404 {@code NOTICE_NOT_FOUND} for another account's notice. */
	@Transactional
	public void markRead(long accountId, long noticeId) {
		if (!this.notices.markRead(accountId, noticeId, this.clock.instant())) {
			throw new HealthCodeException("NOTICE_NOT_FOUND", HttpStatus.NOT_FOUND);
		}
	}

	/** How many notices the account has not read yet (the home page badge). */
	public long unread(long accountId) {
		return this.notices.unread(accountId);
	}

}
