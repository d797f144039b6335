package org.healthcode.tracing;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The officials' dashboard: tables on the page, drawn as charts by script where it runs.
 */
@Controller
class DashboardPageController {

	private final TracingDashboard dashboard;

	DashboardPageController(TracingDashboard dashboard) {
		this.dashboard = dashboard;
	}

	@GetMapping("/official/dashboard")
	String dashboard(Model model) {
		DashboardData data = this.dashboard.data();
		model.addAttribute("data", data);
		return "tracing/dashboard";
	}

}
