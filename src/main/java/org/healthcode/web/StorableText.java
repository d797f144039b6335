package org.healthcode.web;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;

/**
 * Text that can be stored: PostgreSQL's {@code text} cannot hold U+0000, and a lone
 * UTF-16 surrogate is no character at all. Input holding either is refused at the edge —
 * JSON strings ({@link Deserializer}), query and form parameters
 * ({@link StorableTextFilter}) — with 400 {@code TEXT_CHARACTER_INVALID}, before any
 * feature sees it.
 */
final class StorableText {

	static final String CODE = "TEXT_CHARACTER_INVALID";

	private StorableText() {
	}

	static boolean storable(CharSequence text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\u0000') {
				return false;
			}
			if (Character.isHighSurrogate(c)) {
				if (i + 1 == text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
					return false;
				}
				i++;
			}
			else if (Character.isLowSurrogate(c)) {
				return false;
			}
		}
		return true;
	}

	/** Every JSON string read into a request: refused unless storable. */
	static final class Deserializer extends StringDeserializer {

		@Override
		public String deserialize(JsonParser parser, DeserializationContext context) {
			String value = super.deserialize(parser, context);
			if (value != null && !storable(value)) {
				throw new UnstorableTextException(parser);
			}
			return value;
		}

	}

	/**
	 * Carries no part of the text: exception messages are never shown, but may be logged.
	 */
	static final class UnstorableTextException extends DatabindException {

		UnstorableTextException(JsonParser parser) {
			super(parser, "Text holds a character that cannot be stored");
		}

	}

}
