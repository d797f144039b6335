package org.healthcode.entry;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.healthcode.account.AccountPrincipal;
import org.healthcode.person.PersonId;
import org.healthcode.support.HealthCodeException;
import org.healthcode.venue.Divisions;
import org.healthcode.venue.PublicVenue;
import org.healthcode.venue.VenueService;
import org.healthcode.venue.VenueView;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Entry rules of venues (their manager) and divisions (officials), and the verdict for
 * people at a venue's door under the strictest of the venue's, its district's, city's and
 * province's rules.
 */
@Service
public class EntryService {

	private final EntryRuleRepository rules;

	private final VenueService venues;

	private final Divisions divisions;

	private final EntryFactsSource facts;

	private final EntryWords words;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	EntryService(EntryRuleRepository rules, VenueService venues, Divisions divisions, EntryFactsSource facts,
			EntryWords words, ApplicationEventPublisher events, Clock clock) {
		this.rules = rules;
		this.venues = venues;
		this.divisions = divisions;
		this.facts = facts;
		this.words = words;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * The venue's own rule and the one that applies there; 404 for anyone but its
	 * manager.
	 */
	@Transactional(readOnly = true)
	public EntryRuleView venueRule(long accountId, long venueId) {
		VenueView venue = this.venues.get(accountId, venueId);
		return EntryRuleView.of(this.rules.find(venueScope(venueId)).orElse(EntryRule.NONE),
				effective(venueId, venue.divisionCode()));
	}

	@Transactional
	public EntryRuleView setVenueRule(AccountPrincipal manager, long venueId, EntryRule rule) {
		VenueView venue = this.venues.get(manager.accountId(), venueId);
		save(manager, venueScope(venueId), rule);
		return EntryRuleView.of(rule, effective(venueId, venue.divisionCode()));
	}

	@Transactional(readOnly = true)
	public EntryRuleView divisionRule(String code) {
		requireDivision(code);
		EntryRule own = this.rules.find(divisionScope(code)).orElse(EntryRule.NONE);
		return EntryRuleView.of(own, strictest(this.rules.rules(divisionScopes(code))));
	}

	@Transactional
	public EntryRuleView setDivisionRule(AccountPrincipal official, String code, EntryRule rule) {
		requireDivision(code);
		save(official, divisionScope(code), rule);
		return EntryRuleView.of(rule, strictest(this.rules.rules(divisionScopes(code))));
	}

	/** The rule that applies at the venue's door. */
	@Transactional(readOnly = true)
	public EntryRule effectiveRule(PublicVenue venue) {
		return effective(venue.id(), venue.divisionCode());
	}

	/** The rule at each venue's door, by venue id, in one statement for all. */
	@Transactional(readOnly = true)
	public Map<Long, EntryRule> effectiveRules(Collection<PublicVenue> venues) {
		Map<Long, List<String>> scopes = new LinkedHashMap<>();
		for (PublicVenue venue : venues) {
			List<String> own = new ArrayList<>(divisionScopes(venue.divisionCode()));
			own.add(venueScope(venue.id()));
			scopes.put(venue.id(), own);
		}
		Map<String, EntryRule> found = this.rules
			.byScope(scopes.values().stream().flatMap(List::stream).distinct().toList());
		Map<Long, EntryRule> effective = new LinkedHashMap<>();
		scopes.forEach((venueId, own) -> effective.put(venueId,
				strictest(own.stream().map(found::get).filter(Objects::nonNull).toList())));
		return effective;
	}

	/** What is known about each person at the door now. */
	public Map<PersonId, EntryFacts> factsOf(Collection<PersonId> people) {
		return this.facts.factsOf(people);
	}

	/** The verdict of a rule over facts now, in the current language. */
	public Verdict verdict(EntryRule rule, EntryFacts known) {
		return EntryEvaluation.evaluate(rule, known, this.clock.instant(), this.words::message);
	}

	private void save(AccountPrincipal actor, String scope, EntryRule rule) {
		this.rules.save(scope, rule, this.clock.instant(), actor.accountId());
		this.events.publishEvent(new EntryRuleChanged(this.clock.instant(), actor.role().name(), actor.accountId(),
				scope, rule.summary()));
	}

	private EntryRule effective(long venueId, String divisionCode) {
		List<String> scopes = new ArrayList<>(divisionScopes(divisionCode));
		scopes.add(venueScope(venueId));
		return strictest(this.rules.rules(scopes));
	}

	private void requireDivision(String code) {
		if (code == null || !code.matches("\\d{6}") || this.divisions.find(code).isEmpty()) {
			throw new HealthCodeException("ENTRY_RULE_DIVISION_UNKNOWN", HttpStatus.NOT_FOUND);
		}
	}

	private static EntryRule strictest(List<EntryRule> found) {
		return found.stream().reduce(EntryRule.NONE, EntryRule::strictest);
	}

	private static String venueScope(long venueId) {
		return "V:" + venueId;
	}

	private static String divisionScope(String code) {
		return "D:" + code;
	}

	/** The division itself and the city and province around it (GB/T 2260 prefixes). */
	static List<String> divisionScopes(String code) {
		List<String> scopes = new ArrayList<>();
		scopes.add(divisionScope(code.substring(0, 2) + "0000"));
		scopes.add(divisionScope(code.substring(0, 4) + "00"));
		scopes.add(divisionScope(code));
		return scopes.stream().distinct().toList();
	}

}
