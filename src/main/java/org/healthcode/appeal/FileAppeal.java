package org.healthcode.appeal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A resident's appeal: about themselves ({@code SELF}) or one of their companions (its
 * entry id), why, in their words; for {@code IDENTITY_CORRECTION} the name as it should
 * be.
 */
public record FileAppeal(@NotBlank @Pattern(regexp = "SELF|\\d{1,18}") String subject, @NotNull AppealReason reason,
		@NotBlank @Size(max = 1000) String details, @Size(max = 50) String correctedName) {

	public FileAppeal {
		details = details == null ? null : details.strip();
		correctedName = correctedName == null || correctedName.isBlank() ? null : correctedName.strip();
	}

	/** The companion entry, or null for the resident themselves. */
	Long companionId() {
		return "SELF".equals(this.subject) ? null : Long.valueOf(this.subject);
	}

	@Override
	public String toString() {
		return "FileAppeal[subject=" + this.subject + ", reason=" + this.reason + ", details=***]";
	}

}
