package org.healthcode.notice;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.healthcode.account.AccountService;
import org.healthcode.account.SmsSender;
import org.healthcode.account.SmsSender.SmsTemplate;
import org.healthcode.companion.CompanionService;
import org.healthcode.identity.PhoneNumber;
import org.healthcode.person.PersonId;
import org.healthcode.person.PersonProfile;
import org.healthcode.person.PersonService;
import org.healthcode.testing.NatResult;
import org.healthcode.testing.ReportedSample;
import org.healthcode.testing.ReportedSamples;
import org.healthcode.testing.TubesReported;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells everyone sampled into freshly reported tubes their result — on their own account
 * and on the account of the resident who registered them as a companion — set by set: a
 * report of 10,000 tubes of ten is a few dozen statements, not 100,000. A positive or
 * invalid result also sends one SMS per account (naming no one); a negative one is only
 * an in-app notice, so a mass screening does not flood every phone with "negative".
 */
@Component
class TestResultNotices {

	/** Samples looked up and written per statement. */
	static final int BATCH = 2_000;

	private static final Logger log = LoggerFactory.getLogger(TestResultNotices.class);

	private final ReportedSamples samples;

	private final PersonService persons;

	private final CompanionService companions;

	private final AccountService accounts;

	private final NoticeRepository notices;

	private final SmsSender sms;

	TestResultNotices(ReportedSamples samples, PersonService persons, CompanionService companions,
			AccountService accounts, NoticeRepository notices, SmsSender sms) {
		this.samples = samples;
		this.persons = persons;
		this.companions = companions;
		this.accounts = accounts;
		this.notices = notices;
		this.sms = sms;
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void on(TubesReported reported) {
		try {
			Set<Long> alerted = new LinkedHashSet<>();
			List<Long> tubes = reported.tubeIds();
			for (int from = 0; from < tubes.size(); from += BATCH) {
				List<ReportedSample> batch = this.samples.of(tubes.subList(from, Math.min(tubes.size(), from + BATCH)));
				for (int at = 0; at < batch.size(); at += BATCH) {
					alerted.addAll(write(batch.subList(at, Math.min(batch.size(), at + BATCH)), reported));
				}
			}
			// one SMS per account, however many of its people were in the report
			Map<Long, PhoneNumber> phones = this.accounts.residentPhones(alerted);
			phones.values()
				.forEach(phone -> this.sms.send(phone, SmsTemplate.NOTICE,
						Map.of("kind", NoticeKind.TEST_RESULT.name())));
		}
		catch (RuntimeException ex) {
			// the results are committed; notices lost to a database failure are logged
			log.warn("Notices of test results not written ({})", ex.getClass().getSimpleName());
		}
	}

	/** Writes one batch's notices; returns the accounts to alert by SMS. */
	private Set<Long> write(List<ReportedSample> batch, TubesReported reported) {
		List<PersonId> ids = batch.stream().map(ReportedSample::personId).distinct().toList();
		Map<PersonId, PersonProfile> profiles = this.persons.profiles(ids);
		Map<PersonId, Long> guardians = this.companions.guardiansOf(ids);
		Rows rows = new Rows();
		for (ReportedSample sample : batch) {
			PersonProfile profile = profiles.get(sample.personId());
			Long own = (profile != null && profile.hasAccount()) ? profile.accountId() : null;
			Long guardian = guardians.get(sample.personId());
			if (own != null) {
				rows.add(own, false, sample);
			}
			if (guardian != null && !guardian.equals(own)) {
				rows.add(guardian, true, sample);
			}
		}
		this.notices.insertTestResults(rows.accounts, rows.persons, rows.aboutCompanion, rows.reasons, rows.sampledAt,
				reported.at());
		return rows.alerted;
	}

	/** The notice's reason, the key of its advice. */
	static String reason(ReportedSample sample) {
		return switch (sample.result()) {
			case NEGATIVE -> "TEST_NEGATIVE";
			case POSITIVE -> sample.pooled() ? "TEST_POSITIVE_POOLED" : "TEST_POSITIVE";
			case INVALID -> "TEST_INVALID";
		};
	}

	/** The columns of one batch's notices. */
	private static final class Rows {

		final List<Long> accounts = new ArrayList<>();

		final List<Long> persons = new ArrayList<>();

		final List<Boolean> aboutCompanion = new ArrayList<>();

		final List<String> reasons = new ArrayList<>();

		final List<Instant> sampledAt = new ArrayList<>();

		final Set<Long> alerted = new LinkedHashSet<>();

		void add(long account, boolean companion, ReportedSample sample) {
			this.accounts.add(account);
			this.persons.add(sample.personId().value());
			this.aboutCompanion.add(companion);
			this.reasons.add(reason(sample));
			this.sampledAt.add(sample.sampledAt());
			if (sample.result() != NatResult.NEGATIVE) {
				this.alerted.add(account);
			}
		}

	}

}
