package org.healthcode.tracing;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the tracing console ({@code healthcode.tracing.*}).
 *
 * @param maxResultRows hard cap on the rows of one result (check-ins of a trajectory or
 * exposure, encounters of a contact search including the second degree); a larger answer
 * is refused with {@code TRACING_RESULT_TOO_LARGE} rather than silently cut, since
 * officials act on it
 * @param maxPeriodDays longest period one query may cover (check-ins are kept 28 days
 * anyway)
 * @param defaultWindowMinutes contact window of a venue the venue module does not know
 * @param markingChunkSize persons whose status one transaction of a bulk marking sets
 * @param maxMarkingPersons most persons one bulk marking may select
 * @param markingResumeInterval how often unfinished markings (e.g. after a restart) are
 * picked up
 * @param markingLease how long a node holds a bulk marking without renewing it; each
 * chunk renews it, and a job whose lease ran out (its node died) is taken over by another
 * node
 */
@ConfigurationProperties("healthcode.tracing")
public record TracingProperties(@DefaultValue("5000") int maxResultRows, @DefaultValue("28") int maxPeriodDays,
		@DefaultValue("60") int defaultWindowMinutes, @DefaultValue("200") int markingChunkSize,
		@DefaultValue("20000") int maxMarkingPersons, @DefaultValue("30s") Duration markingResumeInterval,
		@DefaultValue("2m") Duration markingLease) {
}
