package org.healthcode.identity;

import java.text.Normalizer;

/**
 * Names people type (a person's, a venue's) as they are meant: NFKC-normalised
 * (full-width letters and digits become ASCII, compatibility ideographs the unified ones)
 * and free of characters nobody sees. Invisible characters would let two names that look
 * the same be stored as different ones (a duplicate check passes, a look-alike impostor
 * venue appears) or make a name display differently from what it is (a right-to-left
 * override turning {@code 超市ABC} into {@code 超市CBA}).
 */
public final class VisibleText {

	private VisibleText() {
	}

	/**
	 * The NFKC form, surrounding blanks removed and inner runs of blanks made one space.
	 */
	public static String normalise(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFKC).strip().replaceAll("\\s+", " ");
	}

	/**
	 * Whether the text holds a character that is not meant to be seen: controls (Cc),
	 * format characters (Cf: bidi overrides and isolates, zero-width space / joiners, the
	 * byte order mark, soft hyphen), private-use, surrogate and unassigned code points,
	 * line and paragraph separators, and the other default-ignorable code points (Hangul
	 * fillers, variation selectors, the combining grapheme joiner, Mongolian free
	 * variation selectors).
	 */
	public static boolean hasInvisible(String text) {
		return text.codePoints().anyMatch(VisibleText::invisible);
	}

	private static boolean invisible(int codePoint) {
		switch (Character.getType(codePoint)) {
			case Character.CONTROL, Character.FORMAT, Character.PRIVATE_USE, Character.SURROGATE, Character.UNASSIGNED,
					Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR:
				return true;
			default:
				return codePoint == 0x034F || codePoint == 0x115F || codePoint == 0x1160 || codePoint == 0x17B4
						|| codePoint == 0x17B5 || (codePoint >= 0x180B && codePoint <= 0x180F) || codePoint == 0x3164
						|| (codePoint >= 0xFE00 && codePoint <= 0xFE0F) || codePoint == 0xFFA0
						|| (codePoint >= 0xE0100 && codePoint <= 0xE01EF);
		}
	}

}
