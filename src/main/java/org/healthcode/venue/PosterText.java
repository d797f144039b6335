package org.healthcode.venue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * Breaks text into lines that fit a width: Chinese may break between any two characters,
 * Latin text at spaces (a word longer than the line is broken where it must).
 */
final class PosterText {

	private PosterText() {
	}

	static List<String> wrap(String text, ToDoubleFunction<String> width, double maxWidth) {
		List<String> lines = new ArrayList<>();
		StringBuilder line = new StringBuilder();
		for (String token : tokens(text)) {
			if (line.isEmpty() && token.isBlank()) {
				continue;
			}
			if (width.applyAsDouble(line + token) <= maxWidth) {
				line.append(token);
				continue;
			}
			if (!line.isEmpty()) {
				lines.add(line.toString().stripTrailing());
				line.setLength(0);
				if (token.isBlank()) {
					continue;
				}
			}
			// the token alone is too wide: break it between characters
			for (int cp : token.codePoints().toArray()) {
				String next = line + Character.toString(cp);
				if (!line.isEmpty() && width.applyAsDouble(next) > maxWidth) {
					lines.add(line.toString());
					line.setLength(0);
				}
				line.appendCodePoint(cp);
			}
		}
		if (!line.toString().isBlank()) {
			lines.add(line.toString().stripTrailing());
		}
		return lines;
	}

	/** Single CJK characters, single blanks, and runs of anything else (words). */
	private static List<String> tokens(String text) {
		List<String> tokens = new ArrayList<>();
		StringBuilder word = new StringBuilder();
		text.codePoints().forEach(cp -> {
			if (Character.isWhitespace(cp) || isWide(cp)) {
				if (!word.isEmpty()) {
					tokens.add(word.toString());
					word.setLength(0);
				}
				tokens.add(Character.isWhitespace(cp) ? " " : Character.toString(cp));
			}
			else {
				word.appendCodePoint(cp);
			}
		});
		if (!word.isEmpty()) {
			tokens.add(word.toString());
		}
		return tokens;
	}

	private static boolean isWide(int cp) {
		Character.UnicodeScript script = Character.UnicodeScript.of(cp);
		return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
				|| script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL
				|| (cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xFF00 && cp <= 0xFFEF);
	}

}
