package org.healthcode.testing;

import org.healthcode.account.AccountPrincipal;
import org.healthcode.person.PersonId;
import org.healthcode.person.PersonService;
import org.healthcode.support.DisplayZone;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The resident's test record page (核酸记录), last 30 days, newest first. */
@Controller
class MyTestsPageController {

	private final NatRecords records;

	private final PersonService persons;

	MyTestsPageController(NatRecords records, PersonService persons) {
		this.records = records;
		this.persons = persons;
	}

	@GetMapping("/me/tests")
	String page(@AuthenticationPrincipal AccountPrincipal me, Model model) {
		var profile = this.persons.findByAccount(me.accountId());
		if (profile.isEmpty()) {
			return "redirect:/me/profile";
		}
		PersonId person = profile.get().id();
		model.addAttribute("tests", this.records.recent(person));
		model.addAttribute("zone", DisplayZone.ZONE);
		return "testing/tests";
	}

}
