package org.healthcode.health;

/**
 * A person's latest nucleic-acid test as the code shows it: sampled and waiting (PENDING,
 * 检测中), NEGATIVE, POSITIVE, or NONE on record.
 */
public enum NatState {

	NEGATIVE, POSITIVE, PENDING, NONE

}
