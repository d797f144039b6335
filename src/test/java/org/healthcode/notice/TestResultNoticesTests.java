package org.healthcode.notice;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

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
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.atMost;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * A mass screening's report — 10,000 pooled tubes of ten — is told set by set: a few
 * dozen look-ups and inserts, never one statement per person; only the positive tube's
 * people get an SMS, one per account.
 */
class TestResultNoticesTests {

	static final int TUBES = 10_000;

	static final int POOL = 10;

	static final Instant SAMPLED = Instant.parse("2026-12-01T01:30:00Z");

	@Test
	void aReportOfTenThousandTubesOfTenIsWrittenInBatchesWithSmsOnlyForThePositive() {
		ReportedSamples samples = mock(ReportedSamples.class);
		PersonService persons = mock(PersonService.class);
		CompanionService companions = mock(CompanionService.class);
		AccountService accounts = mock(AccountService.class);
		NoticeRepository notices = mock(NoticeRepository.class);
		SmsSender sms = mock(SmsSender.class);
		// tube t holds persons t*10 .. t*10+9; tube 0 is positive, the rest negative
		when(samples.of(anyCollection())).thenAnswer(call -> {
			List<ReportedSample> found = new ArrayList<>();
			for (Long tube : call.<Collection<Long>>getArgument(0)) {
				for (int i = 0; i < POOL; i++) {
					found.add(new ReportedSample(new PersonId(tube * POOL + i),
							tube == 0 ? NatResult.POSITIVE : NatResult.NEGATIVE, true, SAMPLED));
				}
			}
			return found;
		});
		// every person has an account of the same number; person 1 is also person 2's
		// companion registrant
		when(persons.profiles(anyCollection())).thenAnswer(call -> {
			Map<PersonId, PersonProfile> found = new HashMap<>();
			for (PersonId id : call.<Collection<PersonId>>getArgument(0)) {
				found.put(id, new PersonProfile(id, "王*", "3701**********0000", "ref" + id, 1000 + id.value()));
			}
			return found;
		});
		when(companions.guardiansOf(anyCollection()))
			.thenAnswer(call -> call.<Collection<PersonId>>getArgument(0).contains(new PersonId(2))
					? Map.of(new PersonId(2), 1001L) : Map.of());
		when(accounts.residentPhones(anyCollection())).thenAnswer(call -> {
			Map<Long, PhoneNumber> phones = new HashMap<>();
			for (Long account : call.<Collection<Long>>getArgument(0)) {
				phones.put(account, new PhoneNumber("139" + String.format("%08d", account)));
			}
			return phones;
		});
		AtomicInteger rows = new AtomicInteger();
		AtomicInteger aboutCompanions = new AtomicInteger();
		when(notices.insertTestResults(anyList(), anyList(), anyList(), anyList(), anyList(), any()))
			.thenAnswer(call -> {
				List<Boolean> companion = call.getArgument(2);
				rows.addAndGet(companion.size());
				aboutCompanions.addAndGet((int) companion.stream().filter(Boolean::booleanValue).count());
				return companion.size();
			});
		List<Long> tubes = new ArrayList<>();
		for (long t = 0; t < TUBES; t++) {
			tubes.add(t);
		}

		new TestResultNotices(samples, persons, companions, accounts, notices, sms)
			.on(new TubesReported(tubes, Instant.parse("2026-12-01T12:00:00Z")));

		// 100,000 own notices and the registrant's one about their companion
		assertThat(rows).hasValue(TUBES * POOL + 1);
		assertThat(aboutCompanions).hasValue(1);
		int batches = TUBES * POOL / TestResultNotices.BATCH;
		verify(samples, times(TUBES / TestResultNotices.BATCH)).of(anyCollection());
		verify(notices, atMost(batches + 1)).insertTestResults(anyList(), anyList(), anyList(), anyList(), anyList(),
				any());
		verify(persons, atMost(batches + 1)).profiles(anyCollection());
		verify(companions, atMost(batches + 1)).guardiansOf(anyCollection());
		// the ten people of the positive tube (account 1001 once, though told twice)
		verify(sms, times(POOL)).send(any(), eq(SmsTemplate.NOTICE), eq(Map.of("kind", "TEST_RESULT")));
	}

}
