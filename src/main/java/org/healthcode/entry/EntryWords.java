package org.healthcode.entry;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** The plain words of a reason in the reader's language ({@code entry.reason.*}). */
@Component
class EntryWords {

	private final MessageSource messages;

	EntryWords(MessageSource messages) {
		this.messages = messages;
	}

	String message(ReasonCode code, EntryRule rule) {
		String key = "entry.reason." + code.name();
		if (code == ReasonCode.VACCINATION_INCOMPLETE) {
			key += "." + rule.vaccination().name();
		}
		Object hours = rule.natWithinHours() == null ? "" : String.valueOf(rule.natWithinHours());
		return this.messages.getMessage(key, new Object[] { hours }, LocaleContextHolder.getLocale());
	}

}
