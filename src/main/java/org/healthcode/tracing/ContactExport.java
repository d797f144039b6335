package org.healthcode.tracing;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.healthcode.account.AccountPrincipal;
import org.healthcode.person.PersonId;
import org.healthcode.person.PersonIdentity;
import org.healthcode.person.PersonService;
import org.healthcode.support.DisplayZone;
import org.healthcode.support.HealthCodeException;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A contact result as CSV, one line per encounter: UTF-8 with a byte order mark (so Excel
 * reads the Chinese right), CRLF lines, masked names and ID numbers. Full names and ID
 * numbers only when the official asks for them and states why; then every exported
 * person's read is audited with that reason.
 */
@Component
class ContactExport {

	static final int REASON_MAX = 200;

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
		.withZone(DisplayZone.ZONE);

	private static final String[] COLUMNS = { "degree", "name", "idNumber", "color", "venue", "address", "division",
			"viaAt", "contactAt", "window", "overlap", "phone", "phoneOf" };

	private final TracingService tracing;

	private final PersonService persons;

	private final TracingAudit audit;

	private final MessageSource messages;

	private final ContactReach reach;

	ContactExport(TracingService tracing, PersonService persons, TracingAudit audit, MessageSource messages,
			ContactReach reach) {
		this.reach = reach;
		this.tracing = tracing;
		this.persons = persons;
		this.audit = audit;
		this.messages = messages;
	}

	@Transactional
	public byte[] csv(AccountPrincipal me, String idNumber, Instant from, Instant to, Integer windowMinutes,
			boolean secondDegree, boolean full, String reason, Locale locale) {
		String statedReason = reason == null ? "" : reason.strip();
		if (full && (statedReason.isEmpty() || statedReason.length() > REASON_MAX)) {
			throw new HealthCodeException("TRACING_EXPORT_REASON_REQUIRED", HttpStatus.BAD_REQUEST, REASON_MAX);
		}
		ContactResult result = this.tracing.contacts(me, idNumber, from, to, windowMinutes, secondDegree);
		List<Long> exported = result.contacts().stream().map(contact -> contact.person().personId()).toList();
		Map<PersonId, PersonIdentity> identities = Map.of();
		if (full) {
			List<Long> everyone = new ArrayList<>(exported);
			everyone.add(result.caseRef().personId());
			this.audit.read(me, everyone, "CONTACTS_EXPORTED_FULL", statedReason);
			identities = new java.util.HashMap<>();
			for (List<PersonId> slice : TracingLookups.slices(exported.stream().map(PersonId::new).toList())) {
				identities.putAll(this.persons.fullIdentities(slice));
			}
		}
		else {
			this.audit.read(me, result.caseRef().personId(), "CONTACTS_EXPORTED");
		}
		Map<Long, ContactReach.Reach> phones = this.reach.of(me, exported, full);
		StringBuilder out = new StringBuilder("\uFEFF");
		List<String> header = new ArrayList<>();
		for (String column : COLUMNS) {
			header.add(this.messages.getMessage("tracing.csv." + column, null, locale));
		}
		line(out, header);
		for (Contact contact : result.contacts()) {
			PersonIdentity identity = identities.get(new PersonId(contact.person().personId()));
			String name = identity != null ? identity.name() : contact.person().maskedName();
			String id = identity != null ? identity.idNumber() : contact.person().maskedIdNumber();
			String color = this.messages.getMessage("health.color." + contact.person().color(), null, locale);
			ContactReach.Reach phone = phones.getOrDefault(contact.person().personId(), ContactReach.Reach.NONE);
			String phoneOf = phone.phone() == null ? ""
					: phone.companionOf() == null ? this.messages.getMessage("tracing.csv.phoneOwn", null, locale)
							: this.messages.getMessage("tracing.csv.phoneGuardian",
									new Object[] { phone.companionOf() }, locale);
			for (Encounter encounter : contact.encounters()) {
				line(out, List.of(Integer.toString(contact.degree()), name, id, color, encounter.venue().name(),
						encounter.venue().address(), encounter.venue().divisionName(), TIME.format(encounter.viaAt()),
						TIME.format(encounter.contactAt()), Integer.toString(encounter.windowMinutes()),
						Integer.toString(encounter.overlapMinutes()), phone.phone() == null ? "" : phone.phone(),
						phoneOf));
			}
		}
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		bytes.writeBytes(out.toString().getBytes(StandardCharsets.UTF_8));
		return bytes.toByteArray();
	}

	private static void line(StringBuilder out, List<String> fields) {
		for (int i = 0; i < fields.size(); i++) {
			if (i > 0) {
				out.append(',');
			}
			out.append(field(fields.get(i)));
		}
		out.append("\r\n");
	}

	/**
	 * Quotes every field; a leading formula character is defused so a spreadsheet shows
	 * it as text.
	 */
	static String field(String value) {
		String text = value == null ? "" : value;
		if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
			text = "'" + text;
		}
		return "\"" + text.replace("\"", "\"\"") + "\"";
	}

}
