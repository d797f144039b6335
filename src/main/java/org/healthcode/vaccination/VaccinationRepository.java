package org.healthcode.vaccination;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.healthcode.support.ReadsInOneTrip.Read;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class VaccinationRepository {

	private static final String OF_PERSON = """
			select dose, product, vaccinated_on from vaccination
			where person_id = :person order by dose
			""";

	private final JdbcClient jdbc;

	VaccinationRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Stores the doses in one statement; a dose the person has already (or twice in the
	 * batch) is left out. Returns the stored ones.
	 */
	List<Stored> insertAll(List<NewDose> doses, long recordedBy, Instant now) {
		return this.jdbc.sql("""
				insert into vaccination (person_id, dose, product, vaccinated_on, recorded_by, recorded_at)
				select d.person_id, d.dose, d.product, d.vaccinated_on, :recordedBy, :now
				from unnest(:persons::bigint[], :doses::smallint[], :products::text[], :days::date[])
				  with ordinality as d(person_id, dose, product, vaccinated_on, ord)
				order by d.ord
				on conflict (person_id, dose) do nothing
				returning person_id, dose
				""")
			.param("persons", doses.stream().map(NewDose::personId).toArray(Long[]::new))
			.param("doses", doses.stream().map(dose -> (short) dose.dose()).toArray(Short[]::new))
			.param("products", doses.stream().map(NewDose::product).toArray(String[]::new))
			.param("days",
					doses.stream()
						.map(dose -> java.sql.Date.valueOf(dose.vaccinatedOn()))
						.toArray(java.sql.Date[]::new))
			.param("recordedBy", recordedBy)
			.param("now", now.atOffset(ZoneOffset.UTC))
			.query((rs, row) -> new Stored(rs.getLong("person_id"), rs.getInt("dose")))
			.list();
	}

	List<Vaccination> ofPerson(long personId) {
		return this.jdbc.sql(OF_PERSON).param("person", personId).query(VaccinationRepository::dose).list();
	}

	/** {@link #ofPerson(long)} as a read to send together with others. */
	Read<List<Vaccination>> ofPersonRead(long personId) {
		return Read.list(OF_PERSON, Map.of("person", personId), VaccinationRepository::dose);
	}

	private static Vaccination dose(ResultSet rs, int row) throws SQLException {
		return new Vaccination(rs.getInt("dose"), rs.getString("product"),
				rs.getObject("vaccinated_on", LocalDate.class));
	}

	/** The doses of several people in one query, each person's in dose order. */
	Map<Long, List<Vaccination>> ofPersons(Collection<Long> personIds) {
		Map<Long, List<Vaccination>> doses = new HashMap<>();
		if (personIds.isEmpty()) {
			return doses;
		}
		this.jdbc.sql("""
				select person_id, dose, product, vaccinated_on from vaccination
				where person_id = any(:persons) order by person_id, dose
				""").param("persons", personIds.toArray(Long[]::new)).query((RowCallbackHandler) rs -> {
			doses.computeIfAbsent(rs.getLong("person_id"), id -> new ArrayList<>())
				.add(new Vaccination(rs.getInt("dose"), rs.getString("product"),
						rs.getObject("vaccinated_on", LocalDate.class)));
		});
		return doses;
	}

	record NewDose(long personId, int dose, String product, LocalDate vaccinatedOn) {
	}

	record Stored(long personId, int dose) {
	}

}
