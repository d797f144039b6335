package org.healthcode.testing;

import java.util.List;
import java.util.Optional;

import org.healthcode.account.AccountPrincipal;
import org.healthcode.companion.Companion;
import org.healthcode.companion.CompanionService;
import org.healthcode.person.PersonId;
import org.healthcode.person.PersonProfile;
import org.healthcode.person.PersonService;
import org.healthcode.support.DisplayZone;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The test record pages (核酸记录), last 30 days, newest first: the resident's own, with
 * links to those of their confirmed companions, and each companion's. A companion's page
 * is there only for the resident who registered them: anyone else gets the same 404 as
 * for an id that does not exist.
 */
@Controller
class MyTestsPageController {

	private final NatRecords records;

	private final PersonService persons;

	private final CompanionService companions;

	MyTestsPageController(NatRecords records, PersonService persons, CompanionService companions) {
		this.records = records;
		this.persons = persons;
		this.companions = companions;
	}

	@GetMapping("/me/tests")
	String page(@AuthenticationPrincipal AccountPrincipal me, Model model) {
		Optional<PersonProfile> profile = this.persons.findByAccount(me.accountId());
		if (profile.isEmpty()) {
			return "redirect:/me/profile";
		}
		List<Companion> usable = this.companions.list(me.accountId()).stream().filter(Companion::usable).toList();
		model.addAttribute("companions", usable);
		return record(profile.get().id(), null, model);
	}

	/** 404 COMPANION_NOT_FOUND for another's companion, 409 while not confirmed. */
	@GetMapping("/me/companions/{id}/tests")
	String companion(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id, Model model) {
		PersonId person = this.companions.usablePerson(me.accountId(), id);
		model.addAttribute("companions", List.of());
		return record(person, this.companions.find(me.accountId(), id), model);
	}

	private String record(PersonId person, Companion companion, Model model) {
		model.addAttribute("subject", companion);
		model.addAttribute("nat", this.records.natOf(person));
		model.addAttribute("tests", this.records.recent(person));
		model.addAttribute("zone", DisplayZone.ZONE);
		return "testing/tests";
	}

}
