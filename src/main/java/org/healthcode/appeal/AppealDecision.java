package org.healthcode.appeal;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.healthcode.health.Color;

/**
 * An official's decision: APPROVE sets {@code color} (the default colour when absent,
 * reason {@code APPEAL_APPROVED}); REJECT keeps the colour and needs a note.
 */
public record AppealDecision(@NotNull Outcome decision, @Size(max = 500) String note, Color color) {

	public AppealDecision {
		note = note == null || note.isBlank() ? null : note.strip();
	}

	public enum Outcome {

		APPROVE, REJECT

	}

	@Override
	public String toString() {
		return "AppealDecision[decision=" + this.decision + ", color=" + this.color + ", note=***]";
	}

}
