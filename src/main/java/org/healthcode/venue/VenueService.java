package org.healthcode.venue;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.healthcode.identity.BlindIndex;
import org.healthcode.identity.PiiCipher;
import org.healthcode.identity.PiiField;
import org.healthcode.support.HealthCodeException;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Venue codes (场所码): a resident applies and becomes the venue's manager; the code is a
 * signed token printed as a QR on the poster. Managers see only their own venues (others'
 * answer 404 {@code VENUE_NOT_FOUND}). The check-in feature resolves scanned tokens with
 * {@link #resolveToken}.
 */
@Service
public class VenueService {

	private final VenueRepository venues;

	private final VenueApplicationReader reader;

	private final VenueViews views;

	private final VenueTokens tokens;

	private final VenuePosters posters;

	private final PiiCipher cipher;

	private final BlindIndex blindIndex;

	private final VenueProperties properties;

	private final Clock clock;

	VenueService(VenueRepository venues, VenueApplicationReader reader, VenueViews views, VenueTokens tokens,
			VenuePosters posters, PiiCipher cipher, BlindIndex blindIndex, VenueProperties properties, Clock clock) {
		this.venues = venues;
		this.reader = reader;
		this.views = views;
		this.tokens = tokens;
		this.posters = posters;
		this.cipher = cipher;
		this.blindIndex = blindIndex;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * Registers a venue with the applicant as its manager; its code is valid at once. A
	 * venue with the same name, address and division is refused ({@code VENUE_DUPLICATE})
	 * unless confirmed.
	 */
	@Transactional
	public VenueView apply(long accountId, ApplyVenueRequest request) {
		VenueApplicationReader.Application application = this.reader.read(request);
		if (this.venues.countByManager(accountId) >= this.properties.maxPerManager()) {
			throw new HealthCodeException("VENUE_LIMIT", HttpStatus.CONFLICT, this.properties.maxPerManager());
		}
		if (!request.duplicateConfirmed() && this.venues.existsWithDuplicateKey(application.duplicateKey())) {
			throw new HealthCodeException("VENUE_DUPLICATE", HttpStatus.CONFLICT);
		}
		long id = this.venues.nextId();
		Instant now = this.clock.instant();
		ApplyVenueRequest.Location location = application.location();
		VenueRow row = new VenueRow(id, application.name(), application.subtype(), application.division().code(),
				application.address(), location != null ? location.lat() : null,
				location != null ? location.lng() : null, application.duplicateKey(), accountId,
				this.cipher.encrypt(PiiField.NAME, application.managerName().value()),
				this.cipher.encrypt(PiiField.PHONE, application.managerPhone().value()),
				this.blindIndex.of(application.managerPhone()),
				this.cipher.encrypt(PiiField.ID_NUMBER, application.managerIdNumber().value()),
				this.blindIndex.of(application.managerIdNumber()), VenueStatus.ACTIVE, 1, this.tokens.issue(id, 1), now,
				now, now);
		this.venues.insert(row);
		return this.views.of(row);
	}

	/** The venues the account manages, newest first. */
	@Transactional(readOnly = true)
	public List<VenueView> mine(long accountId) {
		return this.venues.findByManager(accountId).stream().map(this.views::of).toList();
	}

	@Transactional(readOnly = true)
	public VenueView get(long accountId, long venueId) {
		return this.views.of(managed(accountId, venueId));
	}

	/** Pauses the code: scans answer {@code VENUE_SUSPENDED} until it is reactivated. */
	@Transactional
	public VenueView suspend(long accountId, long venueId) {
		return changeStatus(accountId, venueId, VenueStatus.SUSPENDED);
	}

	@Transactional
	public VenueView reactivate(long accountId, long venueId) {
		return changeStatus(accountId, venueId, VenueStatus.ACTIVE);
	}

	/**
	 * Issues a new code (e.g. after a poster was copied where it should not be); every
	 * older poster of the venue answers {@code VENUE_CODE_REGENERATED} from now on.
	 */
	@Transactional
	public VenueView regenerate(long accountId, long venueId) {
		VenueRow row = lockedManaged(accountId, venueId);
		int version = row.tokenVersion() + 1;
		this.venues.updateToken(venueId, version, this.tokens.issue(venueId, version), this.clock.instant());
		return get(accountId, venueId);
	}

	@Transactional(readOnly = true)
	public byte[] posterPng(long accountId, long venueId) {
		return this.posters.png(get(accountId, venueId));
	}

	@Transactional(readOnly = true)
	public byte[] posterPdf(long accountId, long venueId) {
		return this.posters.pdf(get(accountId, venueId));
	}

	/**
	 * The venue a scanned token names, if the token is genuine, current and the venue
	 * active.
	 * @throws HealthCodeException {@code VENUE_TOKEN_INVALID} (malformed, forged,
	 * altered, unknown key or venue), {@code VENUE_CODE_REGENERATED} (an older code of
	 * the venue) or {@code VENUE_SUSPENDED}
	 */
	// one statement: no transaction, so a scan costs no BEGIN/COMMIT round trips
	public PublicVenue resolveToken(String token) {
		VenueCode code = readCode(token);
		return check(List.of(code)).get(code).orThrow();
	}

	/**
	 * Reads a scanned venue token: checks its signature (remembered per token) and says
	 * which venue and code generation it names. No database; a forged or altered token is
	 * refused here ({@code VENUE_TOKEN_INVALID}); a printed resident card's token with
	 * {@code CARD_NOT_A_VENUE_CODE} (cards check in only through a venue's staff).
	 */
	public VenueCode readCode(String token) {
		VenueTokens.Claims claims = this.tokens.read(token)
			.orElseThrow(() -> this.tokens.isCardToken(token)
					? new HealthCodeException("CARD_NOT_A_VENUE_CODE", HttpStatus.BAD_REQUEST) : invalidToken());
		return new VenueCode(claims.venueId(), claims.tokenVersion(), claims.entranceId());
	}

	/**
	 * Checks read codes against their venues as they are now, in one query: each code
	 * gets its venue, or the refusal for a venue that is unknown, whose code was
	 * regenerated ({@code VENUE_CODE_REGENERATED}) or that is suspended
	 * ({@code VENUE_SUSPENDED}).
	 */
	public Map<VenueCode, VenueCheck> check(Collection<VenueCode> codes) {
		Map<Long, VenueRow> rows = new HashMap<>();
		if (!codes.isEmpty()) {
			this.venues.findByIds(codes.stream().map(VenueCode::venueId).distinct().toList())
				.forEach(row -> rows.put(row.id(), row));
		}
		Map<VenueCode, VenueCheck> checks = new HashMap<>();
		for (VenueCode code : codes) {
			checks.put(code, checkOne(code, rows.get(code.venueId())));
		}
		return checks;
	}

	private VenueCheck checkOne(VenueCode code, VenueRow row) {
		if (row == null) {
			return VenueCheck.refused(invalidToken());
		}
		if (code.tokenVersion() < row.tokenVersion()) {
			return VenueCheck.refused(new HealthCodeException("VENUE_CODE_REGENERATED", HttpStatus.GONE));
		}
		if (code.tokenVersion() != row.tokenVersion()) {
			return VenueCheck.refused(invalidToken());
		}
		if (row.status() != VenueStatus.ACTIVE) {
			return VenueCheck.refused(new HealthCodeException("VENUE_SUSPENDED", HttpStatus.CONFLICT));
		}
		return VenueCheck.open(this.views.publicOf(row));
	}

	/** Public facts of a venue whatever its status (for trip records and tracing). */
	public Optional<PublicVenue> findPublic(long venueId) {
		return this.venues.find(venueId).map(this.views::publicOf);
	}

	/** Public facts of many venues at once, by id; unknown ids are left out. */
	@Transactional(readOnly = true)
	public Map<Long, PublicVenue> findPublic(Collection<Long> venueIds) {
		Map<Long, PublicVenue> found = new java.util.LinkedHashMap<>();
		if (!venueIds.isEmpty()) {
			this.venues.findByIds(venueIds.stream().distinct().toList())
				.forEach(row -> found.put(row.id(), this.views.publicOf(row)));
		}
		return found;
	}

	/**
	 * Public facts of venues whose name or address contains {@code text}, at most
	 * {@code limit}, newest first (officials look a venue up by what its poster says).
	 */
	@Transactional(readOnly = true)
	public List<PublicVenue> search(String text, int limit) {
		String wanted = text == null ? "" : text.strip();
		if (wanted.isEmpty()) {
			return List.of();
		}
		return this.venues.search(wanted, limit).stream().map(this.views::publicOf).toList();
	}

	/**
	 * Ids of every venue inside a division (GB/T 2260: a province or city code covers the
	 * codes that start with its non-zero part, e.g. 370100 covers 3701xx).
	 */
	@Transactional(readOnly = true)
	public List<Long> idsInDivision(String divisionCode) {
		String prefix = divisionCode;
		while (prefix.length() > 2 && prefix.endsWith("00")) {
			prefix = prefix.substring(0, prefix.length() - 2);
		}
		return this.venues.idsInDivision(prefix);
	}

	public boolean isManager(long accountId, long venueId) {
		return this.venues.find(venueId).filter(row -> row.managerAccountId() == accountId).isPresent();
	}

	private VenueView changeStatus(long accountId, long venueId, VenueStatus status) {
		VenueRow row = lockedManaged(accountId, venueId);
		if (row.status() != status) {
			this.venues.updateStatus(venueId, status, this.clock.instant());
		}
		return get(accountId, venueId);
	}

	private VenueRow managed(long accountId, long venueId) {
		return this.venues.find(venueId)
			.filter(row -> row.managerAccountId() == accountId)
			.orElseThrow(VenueService::notFound);
	}

	private VenueRow lockedManaged(long accountId, long venueId) {
		return this.venues.findForUpdate(venueId)
			.filter(row -> row.managerAccountId() == accountId)
			.orElseThrow(VenueService::notFound);
	}

	private static HealthCodeException notFound() {
		return new HealthCodeException("VENUE_NOT_FOUND", HttpStatus.NOT_FOUND);
	}

	private static HealthCodeException invalidToken() {
		return new HealthCodeException("VENUE_TOKEN_INVALID", HttpStatus.BAD_REQUEST);
	}

}
