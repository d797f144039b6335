package org.healthcode.tracing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A contact result as a network for the console's picture: the case, the venues where
 * people met, first-degree contacts and, when asked for, second-degree contacts, each
 * person coloured by their colour now. Masked names only. Large results are cut to the
 * first {@code maxNodes} nodes (the table beside it has everyone).
 *
 * @param kind {@code CASE}, {@code VENUE}, {@code CONTACT_1} or {@code CONTACT_2}
 */
record ContactGraph(List<Node> nodes, List<Link> links, boolean cut) {

	static final int MAX_NODES = 300;

	record Node(String id, String name, String kind, String color) {
	}

	record Link(String source, String target) {
	}

	static ContactGraph of(ContactResult result, int maxNodes) {
		Map<String, Node> nodes = new LinkedHashMap<>();
		Set<Link> links = new LinkedHashSet<>();
		PersonRef caseRef = result.caseRef();
		nodes.put(person(caseRef.personId()),
				new Node(person(caseRef.personId()), caseRef.maskedName(), "CASE", caseRef.color().name()));
		boolean cut = false;
		for (Contact contact : result.contacts()) {
			String contactId = person(contact.person().personId());
			List<Link> mine = new ArrayList<>();
			List<Node> added = new ArrayList<>();
			for (Encounter encounter : contact.encounters()) {
				String venueId = "v" + encounter.venue().id();
				if (!nodes.containsKey(venueId)) {
					added.add(new Node(venueId, encounter.venue().name(), "VENUE", null));
				}
				mine.add(new Link(person(encounter.viaPersonId()), venueId));
				mine.add(new Link(venueId, contactId));
			}
			added.add(new Node(contactId, contact.person().maskedName(), "CONTACT_" + contact.degree(),
					contact.person().color().name()));
			if (nodes.size() + added.size() > maxNodes) {
				cut = true;
				break;
			}
			added.forEach(node -> nodes.putIfAbsent(node.id(), node));
			links.addAll(mine);
		}
		// a second-degree link from a first-degree contact who was cut away has no node
		List<Link> kept = links.stream()
			.filter(link -> nodes.containsKey(link.source()) && nodes.containsKey(link.target()))
			.toList();
		return new ContactGraph(List.copyOf(nodes.values()), kept, cut);
	}

	private static String person(long personId) {
		return "p" + personId;
	}

}
