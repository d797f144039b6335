package org.healthcode.tracing;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.healthcode.checkin.CheckInCount;
import org.healthcode.checkin.CheckInQueries;
import org.healthcode.health.Color;
import org.healthcode.health.HealthService;
import org.healthcode.person.PersonService;
import org.healthcode.support.DisplayZone;
import org.healthcode.tracing.DashboardData.CategoryCount;
import org.healthcode.tracing.DashboardData.ColorCount;
import org.healthcode.tracing.DashboardData.DayCount;
import org.healthcode.tracing.DashboardData.VenueCount;
import org.healthcode.venue.PublicVenue;
import org.healthcode.venue.VenueCategory;
import org.healthcode.venue.VenueService;

import org.springframework.stereotype.Component;

/** Aggregates only (no person is named), so reading the dashboard needs no audit row. */
@Component
class TracingDashboard {

	static final int DAYS = 14;

	static final int TOP_VENUES = 10;

	private final CheckInQueries checkIns;

	private final VenueService venues;

	private final HealthService health;

	private final PersonService persons;

	private final Clock clock;

	TracingDashboard(CheckInQueries checkIns, VenueService venues, HealthService health, PersonService persons,
			Clock clock) {
		this.checkIns = checkIns;
		this.venues = venues;
		this.health = health;
		this.persons = persons;
		this.clock = clock;
	}

	DashboardData data() {
		Instant now = this.clock.instant();
		LocalDate today = LocalDate.ofInstant(now, DisplayZone.ZONE);
		LocalDate first = today.minusDays(DAYS - 1);
		Instant from = first.atStartOfDay(DisplayZone.ZONE).toInstant();
		Instant to = today.plusDays(1).atStartOfDay(DisplayZone.ZONE).toInstant();

		Map<LocalDate, Long> byDay = new HashMap<>();
		this.checkIns.perDay(from, to, DisplayZone.ZONE).forEach(count -> byDay.put(count.key(), count.count()));
		List<DayCount> perDay = new ArrayList<>();
		for (LocalDate day = first; !day.isAfter(today); day = day.plusDays(1)) {
			perDay.add(new DayCount(day, byDay.getOrDefault(day, 0L)));
		}

		List<CheckInCount<Long>> perVenue = this.checkIns.perVenue(from, to);
		Map<Long, PublicVenue> known = new HashMap<>();
		for (List<Long> slice : TracingLookups.slices(perVenue.stream().map(CheckInCount::key).toList())) {
			known.putAll(this.venues.findPublic(slice));
		}
		Map<VenueCategory, Long> byCategory = new EnumMap<>(VenueCategory.class);
		for (VenueCategory category : VenueCategory.values()) {
			byCategory.put(category, 0L);
		}
		perVenue.forEach(count -> {
			PublicVenue venue = known.get(count.key());
			if (venue != null) {
				byCategory.merge(venue.category(), count.count(), Long::sum);
			}
		});
		List<VenueCount> top = perVenue.stream()
			.filter(count -> known.containsKey(count.key()))
			.limit(TOP_VENUES)
			.map(count -> {
				PublicVenue venue = known.get(count.key());
				return new VenueCount(venue.id(), venue.name(), venue.divisionName(), venue.category(), count.count());
			})
			.toList();

		Map<Color, Long> colors = this.health.assessedColorCounts();
		long assessed = colors.values().stream().mapToLong(Long::longValue).sum();
		long unassessed = Math.max(0, this.persons.count() - assessed);
		colors.merge(this.health.defaultColor(), unassessed, Long::sum);

		return new DashboardData(now, DAYS, perDay,
				byCategory.entrySet()
					.stream()
					.map(entry -> new CategoryCount(entry.getKey(), entry.getValue()))
					.toList(),
				colors.entrySet().stream().map(entry -> new ColorCount(entry.getKey(), entry.getValue())).toList(),
				top);
	}

}
