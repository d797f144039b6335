package org.healthcode.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.healthcode.account.StaffAccountRepository.StaffAccount;
import org.healthcode.identity.BlindIndex;
import org.healthcode.identity.PhoneNumber;
import org.healthcode.identity.PiiCipher;
import org.healthcode.identity.PiiField;
import org.healthcode.support.HealthCodeException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Signs people in: residents by phone and one-time code, staff by username and password.
 */
@Service
public class AccountService {

	private final OtpService otp;

	private final ResidentAccountRepository residents;

	private final StaffAccountRepository staff;

	private final PasswordEncoder passwords;

	private final PiiCipher cipher;

	private final BlindIndex blindIndex;

	private final Clock clock;

	private final StaffLoginThrottle throttle;

	private final ApplicationEventPublisher events;

	private final StaffSiteRepository sites;

	// the shape every staff username has (StaffAdminApiController): others are not looked
	// up
	private static final Pattern USERNAME = Pattern.compile("[a-z][a-z0-9._-]{2,39}");

	// compared against when the username is unknown, so both paths take a BCrypt's time
	private final String unknownUserHash;

	AccountService(OtpService otp, ResidentAccountRepository residents, StaffAccountRepository staff,
			PasswordEncoder passwords, PiiCipher cipher, BlindIndex blindIndex, Clock clock,
			StaffLoginThrottle throttle, ApplicationEventPublisher events, StaffSiteRepository sites) {
		this.sites = sites;
		this.otp = otp;
		this.residents = residents;
		this.staff = staff;
		this.passwords = passwords;
		this.cipher = cipher;
		this.blindIndex = blindIndex;
		this.clock = clock;
		this.throttle = throttle;
		this.events = events;
		this.unknownUserHash = passwords.encode("unknown-user-placeholder");
	}

	/**
	 * Checks the code and returns the phone's resident account, creating it on first
	 * login.
	 */
	public AccountPrincipal signInResident(PhoneNumber phone, String code) {
		this.otp.verify(phone, code);
		long id = this.residents.upsertOnLogin(this.blindIndex.of(phone),
				this.cipher.encrypt(PiiField.PHONE, phone.value()), this.clock.instant());
		return new AccountPrincipal(Role.RESIDENT, id, phone.masked());
	}

	/**
	 * The resident account of a phone, made now if the phone never signed in (it signs in
	 * later with its one-time code as any resident).
	 */
	@Transactional
	public long residentAccountOf(PhoneNumber phone) {
		return this.residents.ensure(this.blindIndex.of(phone), this.cipher.encrypt(PiiField.PHONE, phone.value()),
				this.clock.instant());
	}

	/**
	 * Checks a staff password. Unknown usernames, wrong passwords and paused ones cost
	 * the same: one lookup and one BCrypt comparison (against a placeholder hash when
	 * there is no account or the key is paused). Failures pause the username and the
	 * address for a while ({@link StaffLoginThrottle}); a paused attempt is refused with
	 * {@code STAFF_LOCKED} and the minutes left, whether or not the account exists.
	 */
	public AccountPrincipal signInStaff(String username, String password, String address) {
		String name = username == null ? "" : username.strip();
		Instant now = this.clock.instant();
		StaffLoginThrottle.Keys keys = this.throttle.keys(name, address == null ? "" : address);
		Optional<Instant> pausedUntil = this.throttle.pausedUntil(keys, now);
		StaffAccount account = USERNAME.matcher(name).matches() ? this.staff.findByUsername(name).orElse(null) : null;
		String hash = account == null || pausedUntil.isPresent() ? this.unknownUserHash : account.passwordHash();
		boolean matches = this.passwords.matches(password == null ? "" : password, hash);
		if (pausedUntil.isPresent()) {
			// recorded like a failure (it does not count): the same work, the same time
			this.throttle.failed(keys, now);
			throw paused(Duration.between(now, pausedUntil.get()));
		}
		if (account == null || !account.enabled() || !matches) {
			this.throttle.failed(keys, now);
			throw badCredentials();
		}
		this.throttle.succeeded(keys, now);
		return new AccountPrincipal(account.role(), account.id(), account.username());
	}

	/**
	 * An administrator ends a staff account's login pause; recorded in the audit log.
	 * @return whether the account was paused
	 */
	@Transactional
	public boolean releaseStaffLogin(AccountPrincipal admin, String username) {
		StaffAccount account = this.staff.findByUsername(username)
			.orElseThrow(() -> new HealthCodeException("STAFF_NOT_FOUND", HttpStatus.NOT_FOUND));
		Instant now = this.clock.instant();
		boolean wasPaused = this.throttle.release(account.username(), now);
		this.events.publishEvent(new StaffLoginReleased(admin.accountId(), account.id(), wasPaused, now));
		return wasPaused;
	}

	/**
	 * Usernames of staff accounts, for screens that show who did something; unknown ids
	 * are left out.
	 */
	public Map<Long, String> staffUsernames(Collection<Long> ids) {
		List<Long> distinct = ids.stream().distinct().toList();
		return this.staff.usernames(distinct);
	}

	/**
	 * The phones of resident accounts, decrypted, for officials who must call a contact;
	 * the caller audits the read. Unknown ids are left out.
	 */
	public Map<Long, PhoneNumber> residentPhones(Collection<Long> accountIds) {
		Map<Long, PhoneNumber> phones = new java.util.HashMap<>();
		if (!accountIds.isEmpty()) {
			this.residents.phoneCiphers(accountIds.stream().distinct().toList())
				.forEach((id, cipher) -> phones.put(id, new PhoneNumber(this.cipher.decrypt(PiiField.PHONE, cipher))));
		}
		return phones;
	}

	private static HealthCodeException paused(Duration left) {
		long minutes = Math.max(1, (left.toSeconds() + 59) / 60);
		return new HealthCodeException("STAFF_LOCKED", HttpStatus.TOO_MANY_REQUESTS, minutes).retryAfter(left);
	}

	private static HealthCodeException badCredentials() {
		return new HealthCodeException("BAD_CREDENTIALS", HttpStatus.UNAUTHORIZED);
	}

	/**
	 * The site a sampler, lab or vaccinator works for; empty for other accounts.
	 */
	public Optional<StaffSite> siteOf(AccountPrincipal principal) {
		if (principal == null || !principal.role().siteStaff()) {
			return Optional.empty();
		}
		return this.sites.ofAccount(principal.accountId());
	}

}
