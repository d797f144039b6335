package org.healthcode.vaccination;

import java.util.List;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.healthcode.account.AccountPrincipal;
import org.healthcode.companion.CompanionService;
import org.healthcode.health.VaccinationState;
import org.healthcode.person.PersonId;
import org.healthcode.person.PersonService;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Vaccination points report doses ({@code /api/v1/vaccinations}, role VACCINATOR by the
 * security chain); residents read their own and their confirmed companions' records.
 */
@RestController
@Tag(name = "Vaccination")
class VaccinationApiController {

	private final VaccinationService vaccinations;

	private final PersonService persons;

	private final CompanionService companions;

	VaccinationApiController(VaccinationService vaccinations, PersonService persons, CompanionService companions) {
		this.vaccinations = vaccinations;
		this.persons = persons;
		this.companions = companions;
	}

	@PostMapping("/api/v1/vaccinations")
	RecordOutcome record(@AuthenticationPrincipal AccountPrincipal me, @Valid @RequestBody RecordRequest request) {
		return this.vaccinations.record(request.records(), me);
	}

	@GetMapping("/api/v1/me/vaccinations")
	VaccinationView mine(@AuthenticationPrincipal AccountPrincipal me) {
		return view(this.persons.requireByAccount(me.accountId()).id());
	}

	/**
	 * 404 {@code COMPANION_NOT_FOUND} for anyone but the resident's own companions, 409
	 * {@code COMPANION_NOT_CONFIRMED} while the companion has not accepted.
	 */
	@GetMapping("/api/v1/me/companions/{id}/vaccinations")
	VaccinationView companion(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id) {
		return view(this.companions.usablePerson(me.accountId(), id));
	}

	private VaccinationView view(PersonId person) {
		List<Vaccination> doses = this.vaccinations.of(person);
		return new VaccinationView(VaccinationService.summary(doses).state(), doses.size(), doses);
	}

	record RecordRequest(@NotNull @Size(max = VaccinationService.MAX_BATCH) List<VaccinationRecord> records) {
	}

	record VaccinationView(VaccinationState state, int doses, List<Vaccination> records) {
	}

}
