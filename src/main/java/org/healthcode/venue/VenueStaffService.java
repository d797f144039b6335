package org.healthcode.venue;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.healthcode.account.AccountService;
import org.healthcode.identity.PhoneNumber;
import org.healthcode.support.HealthCodeException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The guards of a venue: its manager names them by phone (the phone's resident account,
 * made if it never signed in) and removes them; a guard sees only the venues they staff.
 */
@Service
public class VenueStaffService {

	private final VenueStaffRepository staff;

	private final VenueService venues;

	private final AccountService accounts;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	VenueStaffService(VenueStaffRepository staff, VenueService venues, AccountService accounts,
			ApplicationEventPublisher events, Clock clock) {
		this.staff = staff;
		this.venues = venues;
		this.accounts = accounts;
		this.events = events;
		this.clock = clock;
	}

	@Transactional
	public VenueStaffMember add(long managerAccountId, long venueId, String phone) {
		this.venues.get(managerAccountId, venueId);
		PhoneNumber number = PhoneNumber.parse(phone);
		long accountId = this.accounts.residentAccountOf(number);
		if (this.staff.add(venueId, accountId, this.clock.instant(), managerAccountId)) {
			this.events
				.publishEvent(new VenueStaffChanged(this.clock.instant(), managerAccountId, venueId, accountId, true));
		}
		return list(managerAccountId, venueId).stream()
			.filter(member -> member.accountId() == accountId)
			.findFirst()
			.orElseThrow();
	}

	@Transactional(readOnly = true)
	public List<VenueStaffMember> list(long managerAccountId, long venueId) {
		this.venues.get(managerAccountId, venueId);
		List<VenueStaffRepository.Member> members = this.staff.ofVenue(venueId);
		Map<Long, PhoneNumber> phones = this.accounts
			.residentPhones(members.stream().map(VenueStaffRepository.Member::accountId).toList());
		return members.stream()
			.map(member -> new VenueStaffMember(member.accountId(),
					Optional.ofNullable(phones.get(member.accountId())).map(PhoneNumber::masked).orElse(""),
					member.addedAt()))
			.toList();
	}

	/** 404 {@code VENUE_STAFF_NOT_FOUND} when the account does not staff the venue. */
	@Transactional
	public void remove(long managerAccountId, long venueId, long staffAccountId) {
		this.venues.get(managerAccountId, venueId);
		if (!this.staff.remove(venueId, staffAccountId)) {
			throw new HealthCodeException("VENUE_STAFF_NOT_FOUND", HttpStatus.NOT_FOUND);
		}
		this.events.publishEvent(
				new VenueStaffChanged(this.clock.instant(), managerAccountId, venueId, staffAccountId, false));
	}

	/** The venues the account guards, as anyone at their door may know them. */
	@Transactional(readOnly = true)
	public List<PublicVenue> staffedBy(long accountId) {
		return List.copyOf(this.venues.findPublic(this.staff.venuesOf(accountId)).values());
	}

	/**
	 * The venue the account guards; 404 {@code VENUE_NOT_FOUND} for a venue they do not
	 * staff, whether it exists or not.
	 */
	@Transactional(readOnly = true)
	public PublicVenue requireStaffed(long accountId, long venueId) {
		if (!this.staff.isStaff(accountId, venueId)) {
			throw new HealthCodeException("VENUE_NOT_FOUND", HttpStatus.NOT_FOUND);
		}
		return this.venues.findPublic(venueId)
			.orElseThrow(() -> new HealthCodeException("VENUE_NOT_FOUND", HttpStatus.NOT_FOUND));
	}

}
