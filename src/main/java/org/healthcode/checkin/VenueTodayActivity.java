package org.healthcode.checkin;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;

import org.healthcode.support.DisplayZone;
import org.healthcode.venue.VenueActivity;

import org.springframework.stereotype.Component;

/** Today's count and alerts of a venue, for the manager's venue page. */
@Component
class VenueTodayActivity implements VenueActivity {

	private final VenueEntriesService entries;

	private final Clock clock;

	VenueTodayActivity(VenueEntriesService entries, Clock clock) {
		this.entries = entries;
		this.clock = clock;
	}

	@Override
	public Today today(long managerAccount, long venueId) {
		VenueDay day = this.entries.day(managerAccount, venueId,
				LocalDate.ofInstant(this.clock.instant(), DisplayZone.ZONE));
		return new Today(day.total(),
				day.alerts()
					.stream()
					.sorted(Comparator.comparing(VenueDay.Entry::at).reversed())
					.map(entry -> new Alert(entry.at(), entry.maskedName(), entry.color().name()))
					.toList());
	}

}
