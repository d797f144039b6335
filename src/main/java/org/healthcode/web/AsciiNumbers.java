package org.healthcode.web;

import java.beans.PropertyEditorSupport;

import org.healthcode.support.AsciiDigits;

import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * One way to read a whole number from a URL, a query or a form: ASCII digits with an
 * optional minus. Java and Spring also take full-width and other non-ASCII digits
 * ({@code Long.parseLong("１２")} is 12), a plus sign and hexadecimal ({@code 0x10}), so
 * one id had many spellings; those are now 400s. Registered for every binder (path
 * variables, request parameters, forms) and in the conversion service
 * ({@link WebConfiguration}); features that parse text themselves use
 * {@link org.healthcode.support.AsciiDigits}.
 */
@ControllerAdvice
class AsciiNumbers {

	@InitBinder
	void strictNumbers(WebDataBinder binder) {
		binder.registerCustomEditor(long.class, new Editor(false, false));
		binder.registerCustomEditor(Long.class, new Editor(false, true));
		binder.registerCustomEditor(int.class, new Editor(true, false));
		binder.registerCustomEditor(Integer.class, new Editor(true, true));
	}

	/**
	 * The number, or null for empty text; any other spelling is an
	 * IllegalArgumentException.
	 */
	static Long parseLong(String source) {
		return source.trim().isEmpty() ? null : AsciiDigits.parseLong(source);
	}

	static Integer parseInt(String source) {
		return source.trim().isEmpty() ? null : AsciiDigits.parseInt(source);
	}

	private static final class Editor extends PropertyEditorSupport {

		private final boolean integer;

		private final boolean nullable;

		Editor(boolean integer, boolean nullable) {
			this.integer = integer;
			this.nullable = nullable;
		}

		@Override
		public void setAsText(String text) {
			Object value = null;
			if (text != null) {
				// not one conditional expression: Integer and Long in it would be unboxed
				value = this.integer ? (Object) parseInt(text) : (Object) parseLong(text);
			}
			if (value == null && !this.nullable) {
				throw new IllegalArgumentException("A number is required");
			}
			setValue(value);
		}

		@Override
		public String getAsText() {
			Object value = getValue();
			return value == null ? "" : value.toString();
		}

	}

}
