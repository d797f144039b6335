package org.healthcode.testing;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.healthcode.health.Color;
import org.healthcode.health.HealthService;
import org.healthcode.health.HealthStatus;
import org.healthcode.health.StatusActor;
import org.healthcode.health.StatusChange;
import org.healthcode.health.StatusReason;
import org.healthcode.person.PersonId;
import org.healthcode.testing.ResultRepository.ReportedTube;
import org.healthcode.testing.ResultRepository.SampledPerson;

import org.springframework.stereotype.Component;

/**
 * Turns newly reported tubes into colours through the health rules: everyone in a
 * positive pooled tube gets {@code POOLED_POSITIVE}, the person of a positive single tube
 * {@code NAT_POSITIVE}; a negative single tube sampled after the person's last positive
 * pooled tube lifts {@code POOLED_POSITIVE}. A colour is never made milder by a positive
 * (a confirmed case stays red).
 */
@Component
class ResultColors {

	private final ResultRepository results;

	private final HealthService health;

	ResultColors(ResultRepository results, HealthService health) {
		this.results = results;
		this.health = health;
	}

	/** Returns how many persons the positives concerned. */
	int apply(Collection<ReportedTube> tubes, Map<Long, NatResult> reported, StatusActor lab) {
		Map<Long, ReportedTube> byId = tubes.stream().collect(Collectors.toMap(ReportedTube::id, tube -> tube));
		Set<Long> concerned = reported.entrySet()
			.stream()
			.filter(e -> e.getValue() == NatResult.POSITIVE
					|| (e.getValue() == NatResult.NEGATIVE && byId.get(e.getKey()).poolSize() == 1))
			.map(Map.Entry::getKey)
			.collect(Collectors.toSet());
		List<SampledPerson> samples = this.results.samples(concerned);
		List<PersonId> pooled = new ArrayList<>();
		List<PersonId> single = new ArrayList<>();
		List<SampledPerson> negatives = new ArrayList<>();
		for (SampledPerson sample : samples) {
			boolean pool = byId.get(sample.tubeId()).poolSize() > 1;
			if (reported.get(sample.tubeId()) == NatResult.POSITIVE) {
				(pool ? pooled : single).add(new PersonId(sample.personId()));
			}
			else {
				negatives.add(sample);
			}
		}
		raise(pooled, StatusReason.POOLED_POSITIVE, lab);
		raise(single, StatusReason.NAT_POSITIVE, lab);
		lift(negatives, lab);
		return pooled.size() + single.size();
	}

	/** Gives the reason's colour to those whose colour is milder now. */
	private void raise(List<PersonId> persons, StatusReason reason, StatusActor lab) {
		if (persons.isEmpty()) {
			return;
		}
		Color color = this.health.rule(reason).initialColor().orElse(Color.YELLOW);
		Map<PersonId, HealthStatus> now = this.health.current(persons);
		List<PersonId> raised = persons.stream()
			.filter(id -> now.get(id).color().compareTo(color) < 0 || (now.get(id).color() == color
					&& now.get(id).reason() == StatusReason.POOLED_POSITIVE && reason != StatusReason.POOLED_POSITIVE))
			.toList();
		if (!raised.isEmpty()) {
			this.health.setStatus(raised, new StatusChange(color, reason, null), lab);
		}
	}

	private void lift(List<SampledPerson> negatives, StatusActor lab) {
		if (negatives.isEmpty()) {
			return;
		}
		List<PersonId> persons = negatives.stream().map(s -> new PersonId(s.personId())).distinct().toList();
		Map<PersonId, HealthStatus> now = this.health.current(persons);
		List<SampledPerson> pooledNow = negatives.stream()
			.filter(s -> now.get(new PersonId(s.personId())).reason() == StatusReason.POOLED_POSITIVE)
			.toList();
		if (pooledNow.isEmpty()) {
			return;
		}
		Map<Long, java.time.Instant> positiveAt = this.results
			.lastPooledPositive(pooledNow.stream().map(SampledPerson::personId).toList());
		for (SampledPerson sample : pooledNow) {
			java.time.Instant pooledAt = positiveAt.get(sample.personId());
			// only a re-test taken after the positive pool says anything about it
			if (pooledAt != null && sample.sampledAt().isAfter(pooledAt)) {
				this.health.lift(new PersonId(sample.personId()), StatusReason.POOLED_POSITIVE,
						StatusReason.NAT_NEGATIVE, lab);
			}
		}
	}

}
