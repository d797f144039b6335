package org.healthcode.checkin;

import org.healthcode.checkin.WriterHealth.Trouble;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.stereotype.Component;

/**
 * {@code /actuator/health} component {@code checkInWriters}: DOWN while a check-in writer
 * is stuck or being replaced, or while groups fail because the database is unreachable;
 * UP again once a group commits.
 */
@Component
class CheckInWritersHealthIndicator extends AbstractHealthIndicator {

	private final CheckInBatcher batcher;

	CheckInWritersHealthIndicator(CheckInBatcher batcher) {
		super("Check-in writers health check failed");
		this.batcher = batcher;
	}

	@Override
	protected void doHealthCheck(Health.Builder builder) {
		WriterHealth health = this.batcher.health();
		Trouble trouble = health.trouble();
		(trouble == null ? builder.up() : builder.down().withDetail("trouble", trouble.name()))
			.withDetail("replacedWriters", health.replaced());
	}

}
