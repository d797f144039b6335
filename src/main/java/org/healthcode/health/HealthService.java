package org.healthcode.health;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.healthcode.health.HealthStatusRepository.StatusRow;
import org.healthcode.health.TransitionRules.Expiry;
import org.healthcode.identity.PiiCipher;
import org.healthcode.identity.PiiField;
import org.healthcode.person.PersonId;
import org.healthcode.support.HealthCodeException;
import org.healthcode.support.ReadsInOneTrip;
import org.healthcode.support.ReadsInOneTrip.Read;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The status of persons: set by officials (one or many at once), carried forward by the
 * rules when it expires. Reads apply expiry themselves, so an expired status never shows
 * even before the scheduled job has written its follow-up into the history.
 */
@Service
public class HealthService {

	private final HealthStatusRepository statuses;

	private final TransitionRules rules;

	private final HealthProperties properties;

	private final PiiCipher cipher;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	HealthService(HealthStatusRepository statuses, TransitionRules rules, HealthProperties properties, PiiCipher cipher,
			Clock clock, ApplicationEventPublisher events) {
		this.statuses = statuses;
		this.rules = rules;
		this.properties = properties;
		this.cipher = cipher;
		this.clock = clock;
		this.events = events;
	}

	/**
	 * Gives a person a status now; its expiry and next colour come from the rule of the
	 * reason.
	 */
	@Transactional
	public HealthStatus setStatus(PersonId personId, StatusChange change, StatusActor actor) {
		return setStatus(List.of(personId), change, actor).get(0);
	}

	/**
	 * Gives many persons the same status in one transaction (e.g. all contacts of a
	 * case).
	 */
	@Transactional
	public List<HealthStatus> setStatus(Collection<PersonId> personIds, StatusChange change, StatusActor actor) {
		// the database keeps microseconds: answer with the time as it will be read back
		Instant now = this.clock.instant().truncatedTo(ChronoUnit.MICROS);
		if (!this.rules.rule(change.reason()).allows(change.color())) {
			throw new HealthCodeException("STATUS_COLOR_NOT_ALLOWED", HttpStatus.BAD_REQUEST);
		}
		byte[] note = change.note() == null ? null : this.cipher.encrypt(PiiField.STATUS_NOTE, change.note());
		Optional<Expiry> expiry = this.rules.expiryFor(change.reason(), change.color(), now);
		List<HealthStatus> result = new ArrayList<>();
		// locks in id order, so two bulk changes over overlapping persons cannot deadlock
		for (PersonId personId : personIds.stream()
			.distinct()
			.sorted((a, b) -> Long.compare(a.value(), b.value()))
			.toList()) {
			this.statuses.lockPerson(personId.value());
			Optional<StatusRow> previous = this.statuses.current(personId.value()).map(row -> catchUp(row, now));
			previous.ifPresent(row -> this.statuses.supersede(row.id(), now));
			StatusRow row = this.statuses.insert(personId.value(), change.color(), change.reason(), now,
					expiry.map(Expiry::expiresAt).orElse(null), expiry.map(Expiry::nextColor).orElse(null), actor,
					note);
			Color before = previous.map(StatusRow::color).orElse(this.properties.defaultColor());
			publish(row, before);
			result.add(statusOf(row));
		}
		return result;
	}

	/**
	 * Lifts a status given for {@code lifted} (a pooled positive lifted by a negative
	 * re-test): the person goes back to the status it replaced, as that status stands now
	 * (its own expiry kept), or to the default colour with {@code fallback} when nothing
	 * else holds any more. Nothing happens, and empty is returned, when the current
	 * status has another reason.
	 */
	@Transactional
	public Optional<HealthStatus> lift(PersonId personId, StatusReason lifted, StatusReason fallback,
			StatusActor actor) {
		Instant now = this.clock.instant().truncatedTo(ChronoUnit.MICROS);
		this.statuses.lockPerson(personId.value());
		Optional<StatusRow> current = this.statuses.current(personId.value()).map(row -> catchUp(row, now));
		if (current.isEmpty() || current.get().reason() != lifted) {
			return Optional.empty();
		}
		List<StatusRow> history = this.statuses.history(personId.value());
		StatusRow before = null;
		// the newest status before the lifted one and its own follow-ups (newest first)
		for (int i = 0; i < history.size(); i++) {
			if (history.get(i).id() == current.get().id()) {
				int j = i + 1;
				while (j < history.size() && history.get(j).reason() == lifted) {
					j++;
				}
				before = (j < history.size()) ? history.get(j) : null;
				break;
			}
		}
		StatusRow restored = (before == null) ? null : effective(before, now);
		this.statuses.supersede(current.get().id(), now);
		StatusRow row = (restored != null && restored.color() != this.properties.defaultColor())
				? this.statuses.insert(personId.value(), restored.color(), restored.reason(), now, restored.expiresAt(),
						restored.nextColor(), actor, null)
				: this.statuses.insert(personId.value(), this.properties.defaultColor(), fallback, now, null, null,
						actor, null);
		publish(row, current.get().color());
		return Optional.of(statusOf(row));
	}

	/** The rule of a reason: its default colour, sequence and the colours it allows. */
	public StatusRule rule(StatusReason reason) {
		return this.rules.rule(reason);
	}

	/** The status that holds now. */
	public HealthStatus current(PersonId personId) {
		return current(List.of(personId)).get(personId);
	}

	/**
	 * {@link #current(PersonId)} as a read to send together with others
	 * ({@link ReadsInOneTrip}).
	 */
	public Read<HealthStatus> currentRead(PersonId personId) {
		return this.statuses.currentRead(personId.value())
			.map(row -> holding(personId, row.orElse(null), this.clock.instant()));
	}

	/**
	 * Statuses that hold now, for every given person (the default colour for those never
	 * assessed).
	 */
	public Map<PersonId, HealthStatus> current(Collection<PersonId> personIds) {
		if (personIds.isEmpty()) {
			return Map.of();
		}
		Instant now = this.clock.instant();
		Map<Long, StatusRow> rows = new HashMap<>();
		for (StatusRow row : this.statuses.current(personIds.stream().map(PersonId::value).distinct().toList())) {
			rows.put(row.personId(), row);
		}
		Map<PersonId, HealthStatus> result = new LinkedHashMap<>();
		personIds.forEach(id -> result.put(id, holding(id, rows.get(id.value()), now)));
		return result;
	}

	/**
	 * The status that holds at {@code now} given the person's current row (null: never
	 * assessed, the default colour).
	 */
	private HealthStatus holding(PersonId personId, StatusRow row, Instant now) {
		return row == null ? HealthStatus.unassessed(personId, this.properties.defaultColor())
				: statusOf(effective(row, now));
	}

	/** Colours that hold now, for every given person. */
	public Map<PersonId, Color> currentColors(Collection<PersonId> personIds) {
		Map<PersonId, Color> colors = new LinkedHashMap<>();
		current(personIds).forEach((id, status) -> colors.put(id, status.color()));
		return colors;
	}

	/**
	 * How many assessed persons have each colour now (an expired status counts as its
	 * follow-up colour; the job writes any further steps within a minute). Persons never
	 * assessed are not counted: they have {@link #defaultColor()}.
	 */
	public Map<Color, Long> assessedColorCounts() {
		Map<Color, Long> counts = new java.util.EnumMap<>(Color.class);
		for (Color color : Color.values()) {
			counts.put(color, 0L);
		}
		counts.putAll(this.statuses.colorCounts(this.clock.instant()));
		return counts;
	}

	/** The colour of persons never assessed. */
	public Color defaultColor() {
		return this.properties.defaultColor();
	}

	/**
	 * Every status the person had, newest first (follow-ups appear once the job has
	 * written them).
	 */
	public List<HealthStatus> history(PersonId personId) {
		return this.statuses.history(personId.value()).stream().map(HealthService::statusOf).toList();
	}

	/**
	 * Writes the follow-up statuses of expired ones into the history, at most a batch per
	 * call. Returns how many expired statuses were carried forward.
	 */
	@Transactional
	public int carryForwardExpired() {
		Instant now = this.clock.instant();
		int done = 0;
		for (StatusRow expired : this.statuses.expired(now, this.properties.expiryBatchSize())) {
			this.statuses.lockPerson(expired.personId());
			// another node or an official may have been faster: work on what is current
			// now
			Optional<StatusRow> current = this.statuses.current(expired.personId());
			if (current.isPresent() && current.get().id() == expired.id()) {
				catchUp(expired, now);
				done++;
			}
		}
		return done;
	}

	/**
	 * Writes the follow-ups of an expired row until one holds at {@code now}; returns
	 * that one.
	 */
	private StatusRow catchUp(StatusRow row, Instant now) {
		StatusRow current = row;
		while (current.expiresAt() != null && !now.isBefore(current.expiresAt())) {
			StatusRow next = followUp(current);
			this.statuses.supersede(current.id(), next.setAt());
			StatusRow written = this.statuses.insert(next.personId(), next.color(), next.reason(), next.setAt(),
					next.expiresAt(), next.nextColor(), next.setBy(), null);
			publish(written, current.color());
			current = written;
		}
		return current;
	}

	/** The row as the rules carry it forward to {@code now}, without writing anything. */
	private StatusRow effective(StatusRow row, Instant now) {
		StatusRow current = row;
		while (current.expiresAt() != null && !now.isBefore(current.expiresAt())) {
			current = followUp(current);
		}
		return current;
	}

	private StatusRow followUp(StatusRow row) {
		Instant at = row.expiresAt();
		Optional<Expiry> expiry = this.rules.expiryFor(row.reason(), row.nextColor(), at);
		return new StatusRow(0, row.personId(), row.nextColor(), row.reason(), at,
				expiry.map(Expiry::expiresAt).orElse(null), expiry.map(Expiry::nextColor).orElse(null),
				StatusActor.system());
	}

	private void publish(StatusRow row, Color previous) {
		this.events.publishEvent(new HealthStatusChanged(new PersonId(row.personId()), previous, row.color(),
				row.reason(), row.setAt(), row.expiresAt(), row.nextColor(), row.setBy()));
	}

	private static HealthStatus statusOf(StatusRow row) {
		return new HealthStatus(new PersonId(row.personId()), row.color(), row.reason(), row.setAt(), row.expiresAt(),
				row.nextColor());
	}

}
