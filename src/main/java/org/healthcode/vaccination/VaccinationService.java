package org.healthcode.vaccination;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.healthcode.account.AccountPrincipal;
import org.healthcode.health.VaccinationSource;
import org.healthcode.health.VaccinationSummary;
import org.healthcode.identity.IdNumber;
import org.healthcode.identity.InvalidIdNumberException;
import org.healthcode.identity.PersonName;
import org.healthcode.identity.VisibleText;
import org.healthcode.person.PersonId;
import org.healthcode.person.PersonService;
import org.healthcode.person.PersonalDataAccessed;
import org.healthcode.person.StaffEntry;
import org.healthcode.support.DisplayZone;
import org.healthcode.support.HealthCodeException;
import org.healthcode.support.ReadsInOneTrip.Read;
import org.healthcode.vaccination.RecordOutcome.Rejected;
import org.healthcode.vaccination.VaccinationRepository.NewDose;
import org.healthcode.vaccination.VaccinationRepository.Stored;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records doses reported by vaccination points and answers what a person has had.
 * <p>
 * A batch is checked as a whole first: a malformed record (ID number, name, dose outside
 * 1..5, product, a day in the future or missing) refuses the whole batch with 400 and
 * stores nothing, since it means the sender's export is broken. Then each record's name
 * must be its person's ({@link PersonService#findOrCreateManyByStaff}); a record whose
 * name is not is refused on its own ({@code IDENTITY_MISMATCH}) while the others are
 * stored. A person nobody registered yet is created without account. A dose the person
 * already has is a duplicate, so sending a batch twice changes nothing. Every stored dose
 * is audited as {@code VACCINATION_RECORDED} for its person by the recording account.
 */
@Service
public class VaccinationService implements VaccinationSource {

	/** The most records one request or import chunk may carry. */
	public static final int MAX_BATCH = 10_000;

	private static final String ACTION = "VACCINATION_RECORDED";

	private static final String PURPOSE = "VACCINATION_REGISTER";

	private final VaccinationRepository vaccinations;

	private final PersonService persons;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	VaccinationService(VaccinationRepository vaccinations, PersonService persons, ApplicationEventPublisher events,
			Clock clock) {
		this.vaccinations = vaccinations;
		this.persons = persons;
		this.events = events;
		this.clock = clock;
	}

	@Transactional
	public RecordOutcome record(List<VaccinationRecord> records, AccountPrincipal staff) {
		if (records.size() > MAX_BATCH) {
			throw new HealthCodeException("VACCINATION_BATCH_TOO_LARGE", HttpStatus.BAD_REQUEST, MAX_BATCH);
		}
		return store(records, staff, true);
	}

	/**
	 * Like {@link #record}, but a malformed record is refused on its own (its code in
	 * {@code rejected}) instead of refusing the batch: for imports, where one bad line
	 * must not stop the file. Runs in the caller's transaction.
	 */
	RecordOutcome recordEach(List<VaccinationRecord> records, AccountPrincipal staff) {
		return store(records, staff, false);
	}

	private RecordOutcome store(List<VaccinationRecord> records, AccountPrincipal staff, boolean strict) {
		Instant now = this.clock.instant();
		LocalDate today = LocalDate.ofInstant(now, DisplayZone.ZONE);
		List<Rejected> rejected = new ArrayList<>();
		List<Integer> wellFormed = new ArrayList<>(records.size());
		List<StaffEntry> entries = new ArrayList<>(records.size());
		for (int i = 0; i < records.size(); i++) {
			String problem = problemOf(records.get(i), today);
			if (problem != null) {
				if (strict) {
					throw new HealthCodeException(problem, HttpStatus.BAD_REQUEST, i);
				}
				rejected.add(new Rejected(i, problem));
				continue;
			}
			VaccinationRecord record = records.get(i);
			entries.add(new StaffEntry(IdNumber.parse(record.idNumber(), today), PersonName.parse(record.name())));
			wellFormed.add(i);
		}
		List<Optional<PersonId>> people = this.persons.findOrCreateManyByStaff(entries, staff);
		List<NewDose> doses = new ArrayList<>(entries.size());
		for (int k = 0; k < entries.size(); k++) {
			int i = wellFormed.get(k);
			if (people.get(k).isEmpty()) {
				rejected.add(new Rejected(i, "IDENTITY_MISMATCH"));
				continue;
			}
			VaccinationRecord record = records.get(i);
			doses.add(new NewDose(people.get(k).get().value(), record.dose(), record.product().strip(),
					record.vaccinatedOn()));
		}
		rejected.sort(java.util.Comparator.comparingInt(Rejected::index));
		List<Stored> stored = doses.isEmpty() ? List.of() : this.vaccinations.insertAll(doses, staff.accountId(), now);
		for (Stored dose : stored) {
			this.events.publishEvent(new PersonalDataAccessed(new PersonId(dose.personId()), staff.role().name(),
					staff.accountId(), ACTION, PURPOSE, now, "dose=" + dose.dose()));
		}
		return new RecordOutcome(stored.size(), doses.size() - stored.size(), rejected);
	}

	/** The person's recorded doses, first dose first. */
	public List<Vaccination> of(PersonId person) {
		return this.vaccinations.ofPerson(person.value());
	}

	@Override
	public VaccinationSummary vaccinationOf(PersonId person) {
		return summary(of(person));
	}

	@Override
	public Read<VaccinationSummary> vaccinationRead(PersonId person) {
		return this.vaccinations.ofPersonRead(person.value()).map(VaccinationService::summary);
	}

	@Override
	public Map<PersonId, VaccinationSummary> vaccinationOf(Collection<PersonId> persons) {
		Map<Long, List<Vaccination>> doses = this.vaccinations
			.ofPersons(persons.stream().map(PersonId::value).distinct().toList());
		Map<PersonId, VaccinationSummary> summaries = new LinkedHashMap<>();
		persons.forEach(id -> summaries.put(id, summary(doses.getOrDefault(id.value(), List.of()))));
		return summaries;
	}

	static VaccinationSummary summary(List<Vaccination> doses) {
		LocalDate last = doses.stream().map(Vaccination::vaccinatedOn).max(LocalDate::compareTo).orElse(null);
		return VaccinationSummary.of(doses.size(), last);
	}

	/** The code of what is wrong with the record, null when it is well-formed. */
	static String problemOf(VaccinationRecord record, LocalDate today) {
		if (record == null) {
			return "VACCINATION_ID_NUMBER_INVALID";
		}
		try {
			IdNumber.parse(record.idNumber(), today);
		}
		catch (InvalidIdNumberException ex) {
			return "VACCINATION_ID_NUMBER_INVALID";
		}
		try {
			PersonName.parse(record.name());
		}
		catch (RuntimeException ex) {
			return "VACCINATION_NAME_INVALID";
		}
		if (record.dose() == null || record.dose() < 1 || record.dose() > 5) {
			return "VACCINATION_DOSE_INVALID";
		}
		String product = record.product();
		if (product == null || product.isBlank() || product.strip().length() > 60
				|| VisibleText.hasInvisible(product)) {
			return "VACCINATION_PRODUCT_INVALID";
		}
		if (record.vaccinatedOn() == null || record.vaccinatedOn().isAfter(today)) {
			return "VACCINATION_DATE_INVALID";
		}
		return null;
	}

}
