package org.healthcode.testing;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.healthcode.account.AccountPrincipal;
import org.healthcode.account.AccountService;
import org.healthcode.account.StaffSite;
import org.healthcode.health.HealthCodeService;
import org.healthcode.identity.IdNumber;
import org.healthcode.identity.PersonName;
import org.healthcode.person.PersonProfile;
import org.healthcode.person.PersonService;
import org.healthcode.person.PersonalDataAccessed;
import org.healthcode.support.DisplayZone;
import org.healthcode.support.HealthCodeException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A sampling site's work: open a pooled tube, put people into it (by their shown health
 * code, or by ID number and name for someone without a phone), close it. A tube is only
 * visible to the staff of the site that opened it; every step is audited.
 */
@Service
public class SamplingService {

	/** Printed tube barcodes: letters, digits and dashes, no spaces. */
	static final Pattern TUBE_CODE = Pattern.compile("[A-Za-z0-9-]{4,40}");

	static final Set<Integer> POOL_SIZES = Set.of(1, 5, 10, 20);

	private final TubeRepository tubes;

	private final AccountService accounts;

	private final PersonService persons;

	private final HealthCodeService codes;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	SamplingService(TubeRepository tubes, AccountService accounts, PersonService persons, HealthCodeService codes,
			ApplicationEventPublisher events, Clock clock) {
		this.tubes = tubes;
		this.accounts = accounts;
		this.persons = persons;
		this.codes = codes;
		this.events = events;
		this.clock = clock;
	}

	@Transactional
	public TubeView open(AccountPrincipal me, String tubeCode, Integer poolSize) {
		String code = requireCode(tubeCode);
		if (poolSize == null || !POOL_SIZES.contains(poolSize)) {
			throw new HealthCodeException("POOL_SIZE_INVALID", HttpStatus.BAD_REQUEST);
		}
		StaffSite site = siteOf(me);
		Instant now = now();
		if (!this.tubes.insert(code, poolSize, site.id(), me.accountId(), now)) {
			throw new HealthCodeException("TUBE_EXISTS", HttpStatus.CONFLICT);
		}
		this.events.publishEvent(new TubeChanged("NAT_TUBE_OPENED", code, me.role().name(), me.accountId(), now));
		return new TubeView(code, poolSize, TubeState.OPEN, 0);
	}

	/**
	 * Puts a person into an open tube: the holder of {@code healthToken}, or else the
	 * person with {@code idNumber} whose name is {@code name} (created if unknown, as
	 * staff entry does; a known person's own name must match).
	 */
	@Transactional
	public SampleView addSample(AccountPrincipal me, String tubeCode, String healthToken, String idNumber,
			String name) {
		StaffSite site = siteOf(me);
		Tube tube = this.tubes.lockOfSite(requireCode(tubeCode), site.id()).orElseThrow(SamplingService::notFound);
		if (tube.state() != TubeState.OPEN) {
			throw new HealthCodeException("TUBE_CLOSED", HttpStatus.CONFLICT);
		}
		if (tube.full()) {
			throw new HealthCodeException("TUBE_FULL", HttpStatus.CONFLICT);
		}
		PersonProfile person = person(me, healthToken, idNumber, name);
		Instant now = now();
		if (!this.tubes.addSample(tube, person.id().value(), me.accountId(), now)) {
			throw new HealthCodeException("SAMPLE_DUPLICATE", HttpStatus.CONFLICT);
		}
		this.events.publishEvent(new PersonalDataAccessed(person.id(), me.role().name(), me.accountId(),
				"NAT_SAMPLE_TAKEN", "NAT_TESTING", now, "tube=" + tube.tubeCode()));
		return new SampleView(person.maskedName(), tube.samples() + 1, tube.samples() + 1);
	}

	@Transactional
	public TubeView close(AccountPrincipal me, String tubeCode) {
		StaffSite site = siteOf(me);
		Tube tube = this.tubes.lockOfSite(requireCode(tubeCode), site.id()).orElseThrow(SamplingService::notFound);
		if (tube.state() != TubeState.OPEN) {
			throw new HealthCodeException("TUBE_CLOSED", HttpStatus.CONFLICT);
		}
		if (tube.samples() == 0) {
			throw new HealthCodeException("TUBE_EMPTY", HttpStatus.CONFLICT);
		}
		Instant now = now();
		this.tubes.close(tube.id(), now);
		this.events
			.publishEvent(new TubeChanged("NAT_TUBE_CLOSED", tube.tubeCode(), me.role().name(), me.accountId(), now));
		return new TubeView(tube.tubeCode(), tube.poolSize(), TubeState.SAMPLED, tube.samples());
	}

	public TubeView tube(AccountPrincipal me, String tubeCode) {
		Tube tube = this.tubes.ofSite(requireCode(tubeCode), siteOf(me).id()).orElseThrow(SamplingService::notFound);
		return new TubeView(tube.tubeCode(), tube.poolSize(), tube.state(), tube.samples());
	}

	private PersonProfile person(AccountPrincipal me, String healthToken, String idNumber, String name) {
		boolean byToken = healthToken != null && !healthToken.isBlank();
		boolean byId = (idNumber != null && !idNumber.isBlank()) || (name != null && !name.isBlank());
		if (byToken == byId) {
			throw new HealthCodeException("SAMPLE_PERSON_INVALID", HttpStatus.BAD_REQUEST);
		}
		if (byToken) {
			return this.codes.holderOf(healthToken);
		}
		if (idNumber == null || name == null || name.isBlank()) {
			throw new HealthCodeException("SAMPLE_PERSON_INVALID", HttpStatus.BAD_REQUEST);
		}
		IdNumber id = IdNumber.parse(idNumber, LocalDate.ofInstant(this.clock.instant(), DisplayZone.ZONE));
		PersonName personName = PersonName.parse(name);
		Optional<PersonProfile> known = this.persons.findByIdNumber(id);
		// a known person's own name must be the one typed (the same check as at a gate)
		if (known.isPresent() && this.persons.matchName(id, personName, me).isEmpty()) {
			throw new HealthCodeException("IDENTITY_MISMATCH", HttpStatus.UNPROCESSABLE_CONTENT);
		}
		return this.persons.findOrCreateByStaff(id, personName, me);
	}

	private StaffSite siteOf(AccountPrincipal me) {
		return this.accounts.siteOf(me).orElseThrow(() -> new HealthCodeException("FORBIDDEN", HttpStatus.FORBIDDEN));
	}

	private Instant now() {
		return this.clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

	private static String requireCode(String tubeCode) {
		if (tubeCode == null || !TUBE_CODE.matcher(tubeCode).matches()) {
			throw new HealthCodeException("TUBE_CODE_INVALID", HttpStatus.BAD_REQUEST);
		}
		return tubeCode;
	}

	private static HealthCodeException notFound() {
		return new HealthCodeException("TUBE_NOT_FOUND", HttpStatus.NOT_FOUND);
	}

	public record TubeView(String tubeCode, int poolSize, TubeState state, int samples) {
	}

	public record SampleView(String maskedName, int position, int samples) {
	}

}
