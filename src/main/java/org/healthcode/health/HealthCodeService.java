package org.healthcode.health;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.healthcode.person.PersonId;
import org.healthcode.person.PersonProfile;
import org.healthcode.person.PersonService;
import org.healthcode.support.HealthCodeException;
import org.healthcode.support.ReadsInOneTrip;
import org.healthcode.support.ReadsInOneTrip.Answers;
import org.healthcode.support.ReadsInOneTrip.Read;
import org.healthcode.support.SignedTokens;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.util.function.SingletonSupplier;

/**
 * Dynamic health codes: short-lived Ed25519-signed tokens of a person's current colour,
 * latest test and vaccination, and their verification (v2 tokens, and v1 ones issued
 * before them until they expire). Anyone with the published public keys can verify a
 * token offline the same way (docs/verification.md).
 */
@Service
public class HealthCodeService {

	static final String PURPOSE = "health";

	private final PersonService persons;

	private final HealthService health;

	private final SignedTokens tokens;

	private final HealthProperties properties;

	private final Clock clock;

	/*
	 * Looked up at first use and then kept (they are singletons or absent): a look-up per
	 * read cost 5.7 % of a health code's CPU (async-profiler, bench/RESULTS.md).
	 */
	private final Supplier<Optional<NatSource>> nat;

	private final Supplier<Optional<VaccinationSource>> vaccination;

	private final ReadsInOneTrip trips;

	/**
	 * Whose code each resident account showed here last: a guess, see issueForAccount.
	 */
	private final Cache<Long, PersonId> personOfAccount = Caffeine.newBuilder().maximumSize(100_000).build();

	HealthCodeService(PersonService persons, HealthService health, SignedTokens tokens, HealthProperties properties,
			Clock clock, ObjectProvider<NatSource> nat, ObjectProvider<VaccinationSource> vaccination,
			ReadsInOneTrip trips) {
		this.trips = trips;
		this.nat = SingletonSupplier.of(() -> Optional.ofNullable(nat.getIfAvailable()));
		this.vaccination = SingletonSupplier.of(() -> Optional.ofNullable(vaccination.getIfAvailable()));
		this.persons = persons;
		this.health = health;
		this.tokens = tokens;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * The code of the person a resident account registered as; PROFILE_REQUIRED if none.
	 * Once this node has seen whose the account is, the person read goes in the same
	 * round trip as the status, test and doses of that person. The guess decides nothing:
	 * the person read of the same trip does, and a wrong guess (the account's person
	 * erased or changed) is read again the long way.
	 */
	public HealthCode issueForAccount(long accountId) {
		PersonId guess = this.personOfAccount.getIfPresent(accountId);
		if (guess != null) {
			Read<Optional<PersonProfile>> person = this.persons.byAccountRead(accountId);
			ShownFacts facts = shownFacts(guess, person);
			Optional<PersonProfile> profile = facts.answers().of(person);
			if (profile.isPresent() && profile.get().id().equals(guess)) {
				return issue(profile.get(), facts);
			}
			this.personOfAccount.invalidate(accountId);
		}
		PersonProfile profile = this.persons.requireByAccount(accountId);
		this.personOfAccount.put(accountId, profile.id());
		return issue(profile);
	}

	/** The code of any person (e.g. a companion shown after a venue scan). */
	public HealthCode issue(PersonId personId) {
		return issue(this.persons.profile(personId));
	}

	private HealthCode issue(PersonProfile profile) {
		return issue(profile, shownFacts(profile.id(), null));
	}

	private HealthCode issue(PersonProfile profile, ShownFacts facts) {
		return issue(profile, facts.status(), facts.nat(), facts.vaccination());
	}

	/**
	 * The status, latest test and vaccination of a person, read in one round trip (with
	 * {@code alongside}, if given): they serve both the token (v2 carries them for
	 * offline verifiers) and the screen.
	 */
	private ShownFacts shownFacts(PersonId personId, Read<?> alongside) {
		Read<HealthStatus> status = this.health.currentRead(personId);
		NatSource tests = this.nat.get().orElse(null);
		VaccinationSource doses = this.vaccination.get().orElse(null);
		Read<NatSummary> nat = tests == null ? null : tests.natRead(personId);
		Read<VaccinationSummary> vaccination = doses == null ? null : doses.vaccinationRead(personId);
		Answers answers = this.trips
			.read(Stream.<Read<?>>of(alongside, status, nat, vaccination).filter(Objects::nonNull).toList());
		return new ShownFacts(answers, answers.of(status), nat == null ? NatSummary.NONE : answers.of(nat),
				vaccination == null ? VaccinationSummary.NONE : answers.of(vaccination));
	}

	private record ShownFacts(Answers answers, HealthStatus status, NatSummary nat, VaccinationSummary vaccination) {
	}

	/**
	 * The code of a person whose profile, status, latest test and vaccination the caller
	 * has just read (a check-in reads them for the whole group at once).
	 */
	public HealthCode issue(PersonProfile profile, HealthStatus status, NatSummary nat,
			VaccinationSummary vaccination) {
		Instant now = this.clock.instant().truncatedTo(ChronoUnit.SECONDS);
		Instant expires = now.plus(this.properties.tokenTtl());
		byte[] payload = HealthTokenPayload
			.v2(profile.publicRef(), status.color(), now, expires, nat, vaccination, profile.maskedName())
			.encode();
		long refresh = this.properties.tokenTtl().minus(this.properties.refreshMargin()).toSeconds();
		return new HealthCode(status.color(), profile.maskedName(), profile.maskedIdNumber(),
				this.tokens.sign(PURPOSE, payload), now, expires, Math.max(1, refresh), status.setAt(),
				status.expiresAt(), status.nextColor(), nat, vaccination);
	}

	/**
	 * Checks a token: HEALTH_TOKEN_INVALID if forged, altered or malformed,
	 * HEALTH_TOKEN_UNKNOWN_KEY if signed by a key that is not (or no longer) published,
	 * HEALTH_TOKEN_EXPIRED if too old.
	 */
	public VerifiedHealthCode verify(String token) {
		return verifyHolder(token).code();
	}

	/**
	 * Checks a token as {@link #verify} does and names its holder, for staff registering
	 * the person who shows it; HEALTH_TOKEN_INVALID when the holder is not known here.
	 */
	public VerifiedHolder verifyHolder(String token) {
		SignedTokens.Decoded decoded = this.tokens.verify(PURPOSE, token == null ? null : token.strip());
		HealthTokenPayload payload = switch (decoded.status()) {
			case VALID -> HealthTokenPayload.decode(decoded.payload());
			case UNKNOWN_KEY -> throw problem("HEALTH_TOKEN_UNKNOWN_KEY");
			case MALFORMED, BAD_SIGNATURE -> throw problem("HEALTH_TOKEN_INVALID");
		};
		if (payload == null) {
			throw problem("HEALTH_TOKEN_INVALID");
		}
		if (!this.clock.instant().isBefore(payload.expiresAt())) {
			throw problem("HEALTH_TOKEN_EXPIRED");
		}
		VerifiedHealthCode code = new VerifiedHealthCode(payload.color(), payload.maskedName(), payload.issuedAt(),
				payload.expiresAt(), decoded.keyId(), payload.version(), payload.natState(), payload.natAge(),
				payload.vaccination());
		return new VerifiedHolder(payload.publicRef(), code);
	}

	/** A verified token and the opaque reference of the person it names. */
	public record VerifiedHolder(String publicRef, VerifiedHealthCode code) {
	}

	/**
	 * The person whose shown code this is, for staff who act on that person (a sampler
	 * scanning it); the same problems as {@link #verify}, and HEALTH_TOKEN_INVALID when
	 * the person is no longer known.
	 */
	public PersonProfile holderOf(String token) {
		String publicRef = verifyHolder(token).publicRef();
		return this.persons.findByPublicRef(publicRef).orElseThrow(() -> problem("HEALTH_TOKEN_INVALID"));
	}

	private static HealthCodeException problem(String code) {
		return new HealthCodeException(code, HttpStatus.BAD_REQUEST);
	}

}
