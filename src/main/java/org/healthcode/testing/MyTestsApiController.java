package org.healthcode.testing;

import java.util.List;

import io.swagger.v3.oas.annotations.tags.Tag;

import org.healthcode.account.AccountPrincipal;
import org.healthcode.companion.CompanionService;
import org.healthcode.health.NatSummary;
import org.healthcode.person.PersonId;
import org.healthcode.person.PersonService;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * A resident's test record (核酸记录) of the last 30 days, and that of each of their
 * confirmed companions.
 */
@RestController
@Tag(name = "Tests")
class MyTestsApiController {

	private final NatRecords records;

	private final PersonService persons;

	private final CompanionService companions;

	MyTestsApiController(NatRecords records, PersonService persons, CompanionService companions) {
		this.records = records;
		this.persons = persons;
		this.companions = companions;
	}

	@GetMapping("/api/v1/me/tests")
	TestsView mine(@AuthenticationPrincipal AccountPrincipal me) {
		return view(this.persons.requireByAccount(me.accountId()).id());
	}

	/** 404 COMPANION_NOT_FOUND for another's companion, 409 while not confirmed. */
	@GetMapping("/api/v1/me/companions/{id}/tests")
	TestsView companion(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id) {
		return view(this.companions.usablePerson(me.accountId(), id));
	}

	private TestsView view(PersonId person) {
		return new TestsView(this.records.natOf(person), this.records.recent(person));
	}

	record TestsView(NatSummary nat, List<TestRecord> tests) {
	}

}
