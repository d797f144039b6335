package org.healthcode.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.healthcode.account.StaffAccountRepository.StaffAccount;
import org.healthcode.identity.BlindIndex;
import org.healthcode.identity.PhoneNumber;
import org.healthcode.identity.PiiCipher;
import org.healthcode.identity.PiiField;
import org.healthcode.support.HealthCodeException;

import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

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

	private final AccountProperties properties;

	// compared against when the username is unknown, so both paths take a BCrypt's time
	private final String unknownUserHash;

	AccountService(OtpService otp, ResidentAccountRepository residents, StaffAccountRepository staff,
			PasswordEncoder passwords, PiiCipher cipher, BlindIndex blindIndex, Clock clock,
			AccountProperties properties) {
		this.otp = otp;
		this.residents = residents;
		this.staff = staff;
		this.passwords = passwords;
		this.cipher = cipher;
		this.blindIndex = blindIndex;
		this.clock = clock;
		this.properties = properties;
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

	/** Checks a staff password; locks the account for a while after repeated failures. */
	public AccountPrincipal signInStaff(String username, String password) {
		StaffAccount account = username == null ? null : this.staff.findByUsername(username.strip()).orElse(null);
		if (account == null || password == null) {
			this.passwords.matches(password == null ? "" : password, this.unknownUserHash);
			throw badCredentials();
		}
		Instant now = this.clock.instant();
		if (account.lockedUntil() != null && now.isBefore(account.lockedUntil())) {
			long minutes = Math.max(1, (Duration.between(now, account.lockedUntil()).toSeconds() + 59) / 60);
			throw new HealthCodeException("STAFF_LOCKED", HttpStatus.TOO_MANY_REQUESTS, minutes);
		}
		if (!account.enabled() || !this.passwords.matches(password, account.passwordHash())) {
			this.staff.recordFailure(account.id(), this.properties.staffMaxFailures(),
					now.plus(this.properties.staffLockout()));
			throw badCredentials();
		}
		this.staff.recordSuccess(account.id());
		return new AccountPrincipal(account.role(), account.id(), account.username());
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

	private static HealthCodeException badCredentials() {
		return new HealthCodeException("BAD_CREDENTIALS", HttpStatus.UNAUTHORIZED);
	}

}
