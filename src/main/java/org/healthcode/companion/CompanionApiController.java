package org.healthcode.companion;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.healthcode.account.AccountPrincipal;
import org.healthcode.identity.IdNumber;
import org.healthcode.identity.PersonName;
import org.healthcode.support.DisplayZone;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/me/companions")
@Tag(name = "Companions", description = "People without phones a resident registers and brings along")
class CompanionApiController {

	private final CompanionService companions;

	private final Clock clock;

	CompanionApiController(CompanionService companions, Clock clock) {
		this.companions = companions;
		this.clock = clock;
	}

	@GetMapping
	List<Companion> list(@AuthenticationPrincipal AccountPrincipal me) {
		return this.companions.list(me.accountId());
	}

	@GetMapping("/{id}")
	Companion find(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id) {
		return this.companions.find(me.accountId(), id);
	}

	/**
	 * Adds a companion. The answer is the same whether or not the ID number is known to
	 * us, and under which name: 201 with what was typed, masked; the entry's state
	 * (usable at once, or awaiting the person's acceptance) is read with {@code GET}.
	 */
	@PostMapping
	ResponseEntity<AddedCompanion> add(@AuthenticationPrincipal AccountPrincipal me,
			@Valid @RequestBody AddCompanionRequest request) {
		LocalDate today = LocalDate.ofInstant(this.clock.instant(), DisplayZone.ZONE);
		AddedCompanion added = this.companions.add(me.accountId(), PersonName.parse(request.name()),
				IdNumber.parse(request.idNumber(), today), request.relation());
		return ResponseEntity.created(URI.create("/api/v1/me/companions/" + added.id())).body(added);
	}

	@PatchMapping("/{id}")
	Companion update(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id,
			@Valid @RequestBody UpdateCompanionRequest request) {
		return this.companions.setWithMe(me.accountId(), id, request.withMe());
	}

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void remove(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id) {
		this.companions.remove(me.accountId(), id);
	}

	record AddCompanionRequest(@NotBlank @Size(max = 40) String name, @NotBlank @Size(max = 20) String idNumber,
			@NotNull Relation relation) {

		@Override
		public String toString() {
			return "AddCompanionRequest[relation=" + this.relation + "]";
		}

	}

	record UpdateCompanionRequest(@NotNull Boolean withMe) {
	}

}
