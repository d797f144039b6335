package org.healthcode.tracing;

import java.time.Instant;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What an official designates: a division (GB/T 2260 code of a province, city or
 * district) or a list of venues, at a level, for {@code [from, to)}, and why.
 */
public record DesignateRiskArea(@NotNull RiskLevel level, @Pattern(regexp = "\\d{6}") String divisionCode,
		@Size(max = 100) List<@NotNull Long> venueIds, @NotNull Instant from, @NotNull Instant to,
		@NotBlank @Size(max = 200) String reason) {

	public DesignateRiskArea {
		venueIds = venueIds == null ? List.of() : venueIds.stream().distinct().toList();
		reason = reason == null ? null : reason.strip();
	}

}
