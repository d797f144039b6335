package org.healthcode.health;

/**
 * A status an official (or a tracing run) gives a person.
 *
 * @param note optional free text for colleagues; stored encrypted, never logged
 */
public record StatusChange(Color color, StatusReason reason, String note) {

	public StatusChange {
		if (color == null || reason == null) {
			throw new IllegalArgumentException("A status change needs a colour and a reason");
		}
		note = note == null || note.isBlank() ? null : note.strip();
	}

	@Override
	public String toString() {
		return "StatusChange[color=" + this.color + ", reason=" + this.reason + ", note="
				+ (this.note == null ? "none" : "***") + "]";
	}

}
