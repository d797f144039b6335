package org.healthcode.venue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.ibm.icu.text.Transliterator;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.util.StreamUtils;

/**
 * Division names as a page shows them: Chinese, or in English their pinyin with the kind
 * of division in words ({@code 历下区} → {@code Lixia District}; full names smallest first:
 * {@code Lixia District, Jinan City, Shandong Province}). Pinyin from ICU's Han-Latin
 * transliteration, with the few place readings ICU gets wrong corrected by
 * {@code venue/place-readings.txt}. Pages call it as {@code @divisionNames}.
 */
@Component("divisionNames")
public class DivisionNames {

	static final String READINGS = "venue/place-readings.txt";

	/** Longest first, so that e.g. 自治县 wins over 县. */
	private static final List<Map.Entry<String, String>> KINDS = List.of(Map.entry("自治州", "Autonomous Prefecture"),
			Map.entry("自治县", "Autonomous County"), Map.entry("地区", "Prefecture"), Map.entry("省", "Province"),
			Map.entry("市", "City"), Map.entry("区", "District"), Map.entry("县", "County"), Map.entry("旗", "Banner"),
			Map.entry("盟", "League"));

	private final Divisions divisions;

	private final Map<String, String> englishByCode = new HashMap<>();

	private final Map<String, String> englishFullByChinese = new HashMap<>();

	DivisionNames(Divisions divisions) {
		this.divisions = divisions;
		Transliterator pinyin = Transliterator.createFromRules("place-pinyin",
				readings() + "\n:: Han-Latin ;\n:: Latin-ASCII ;\n:: Lower ;", Transliterator.FORWARD);
		for (Division division : divisions.all()) {
			this.englishByCode.put(division.code(), english(pinyin, division.name()));
		}
		for (Division division : divisions.all()) {
			this.englishFullByChinese.put(divisions.fullName(division.code()), englishFullName(division));
		}
	}

	/** The name of one division in the current language. */
	public String name(Division division) {
		return english() ? this.englishByCode.getOrDefault(division.code(), division.name()) : division.name();
	}

	/**
	 * A full division name as stored with a venue (Chinese, province first) in the
	 * current language.
	 */
	public String shown(String chineseFullName) {
		if (chineseFullName == null || !english()) {
			return chineseFullName;
		}
		return this.englishFullByChinese.getOrDefault(chineseFullName, chineseFullName);
	}

	String englishName(String code) {
		return this.englishByCode.get(code);
	}

	private String englishFullName(Division division) {
		List<String> names = new ArrayList<>();
		Division at = division;
		while (at != null) {
			names.add(this.englishByCode.get(at.code()));
			at = at.parentCode() != null ? this.divisions.find(at.parentCode()).orElse(null) : null;
		}
		return String.join(", ", names);
	}

	static String english(Transliterator pinyin, String chinese) {
		for (Map.Entry<String, String> kind : KINDS) {
			if (chinese.endsWith(kind.getKey()) && chinese.length() > kind.getKey().length()) {
				String proper = chinese.substring(0, chinese.length() - kind.getKey().length());
				return word(pinyin.transliterate(proper)) + " " + kind.getValue();
			}
		}
		return word(pinyin.transliterate(chinese));
	}

	/**
	 * Syllables written as one word, capitalised, with the apostrophe pinyin puts before
	 * a syllable starting with a, o or e ({@code dong e} → {@code Dong'e}).
	 */
	private static String word(String syllables) {
		StringBuilder word = new StringBuilder();
		for (String syllable : syllables.strip().split("\\s+")) {
			if (syllable.isEmpty()) {
				continue;
			}
			if (!word.isEmpty() && "aoe".indexOf(syllable.charAt(0)) >= 0) {
				word.append('\'');
			}
			word.append(syllable);
		}
		return word.isEmpty() ? "" : Character.toUpperCase(word.charAt(0)) + word.substring(1);
	}

	private static boolean english() {
		return Locale.ENGLISH.getLanguage().equals(LocaleContextHolder.getLocale().getLanguage());
	}

	private static String readings() {
		try {
			return StreamUtils.copyToString(new ClassPathResource(READINGS).getInputStream(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot read " + READINGS, ex);
		}
	}

}
