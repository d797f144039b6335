package org.healthcode.entry;

import java.time.Instant;

/**
 * A venue manager or an official set an entry rule.
 *
 * @param scope {@code V:<venue id>} or {@code D:<division code>}
 * @param rule the rule in codes, e.g.
 * {@code minColor=GREEN natWithinHours=72 vaccination=null}
 */
public record EntryRuleChanged(Instant at, String actorRole, long actorAccountId, String scope, String rule) {
}
