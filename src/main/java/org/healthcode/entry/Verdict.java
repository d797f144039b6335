package org.healthcode.entry;

import java.io.Serializable;
import java.util.List;

/**
 * The decision for one person at one door, as a value: the scan path shows every reason
 * at once instead of stopping at the first.
 */
public record Verdict(Outcome outcome, List<Reason> reasons) implements Serializable {

	public Verdict {
		reasons = List.copyOf(reasons);
	}

	/** One reason in the reader's language, e.g. 未持有72小时内核酸检测阴性证明，限制进入. */
	public record Reason(String code, String message) implements Serializable {
	}

}
