package org.healthcode.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The start page: what each kind of user can do, depending on who is signed in. */
@Controller
class HomePageController {

	@GetMapping("/")
	String home() {
		return "home";
	}

}
