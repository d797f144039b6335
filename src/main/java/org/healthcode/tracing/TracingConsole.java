package org.healthcode.tracing;

import java.util.List;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

import org.healthcode.account.AccountPrincipal;
import org.healthcode.health.HealthService;
import org.healthcode.support.DisplayZone;
import org.healthcode.support.HealthCodeException;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * Renders the tracing console for the page controllers: the query form, and the
 * trajectory (timeline picture + table) or the contacts (network picture + table with
 * phones, marking and export forms). A refused marking or export comes back here with its
 * reason next to its form and the results shown again, as typed.
 */
@Component
class TracingConsole {

	static final String VIEW = "tracing/console";

	private final TracingService tracing;

	private final ContactReach reach;

	private final HealthService health;

	private final JsonMapper json;

	TracingConsole(TracingService tracing, ContactReach reach, HealthService health, JsonMapper json) {
		this.tracing = tracing;
		this.reach = reach;
		this.health = health;
		this.json = json;
	}

	/** Runs the query the form asks for and shows its result, or why it was refused. */
	String show(AccountPrincipal me, TracingForm form, String action, Model model) {
		try {
			if ("trajectory".equals(action)) {
				model.addAttribute("trajectory",
						this.tracing.trajectory(me, form.idNumber(), form.fromInstant(), form.toInstant()));
			}
			else {
				ContactResult contacts = this.tracing.contacts(me, form.idNumber(), form.fromInstant(),
						form.toInstant(), form.window(), form.secondDegree());
				model.addAttribute("contacts", contacts);
				model.addAttribute("reach", this.reach.of(me,
						contacts.contacts().stream().map(contact -> contact.person().personId()).toList(), false));
				ContactGraph graph = ContactGraph.of(contacts, ContactGraph.MAX_NODES);
				model.addAttribute("graph", this.json.writeValueAsString(graph));
				model.addAttribute("graphCut", graph.cut());
			}
		}
		catch (HealthCodeException ex) {
			problem(model, "problem", ex);
		}
		return page(model, form);
	}

	String page(Model model, TracingForm form) {
		model.addAttribute("form", form);
		model.addAttribute("zone", DisplayZone.ZONE);
		model.addAttribute("markColors", MarkingService.COLORS);
		model.addAttribute("markReasons", MarkingService.REASONS);
		model.addAttribute("markRules", MarkingService.REASONS.stream().map(this.health::rule).toList());
		if (!model.containsAttribute("reach")) {
			model.addAttribute("reach", Map.of());
		}
		if (!model.containsAttribute("picked")) {
			model.addAttribute("picked", List.of());
		}
		return VIEW;
	}

	static void problem(Model model, String name, HealthCodeException ex) {
		Object[] args = ex.messageArgs();
		model.addAttribute(name, ex.messageKey());
		model.addAttribute(name + "Arg", args.length > 0 ? args[0] : "");
		model.addAttribute(name + "Code", ex.code());
	}

}
