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

	/**
	 * Built on first use: ICU's Han-Latin data takes seconds to load, no start should
	 * wait.
	 */
	private volatile English english;

	DivisionNames(Divisions divisions) {
		this.divisions = divisions;
	}

	private record English(Map<String, String> byCode, Map<String, String> fullByChinese) {
	}

	private English english() {
		English built = this.english;
		if (built == null) {
			synchronized (this) {
				built = this.english;
				if (built == null) {
					built = build();
					this.english = built;
				}
			}
		}
		return built;
	}

	private English build() {
		Transliterator pinyin = Transliterator.createFromRules("place-pinyin",
				readings() + "\n:: Han-Latin ;\n:: Latin-ASCII ;\n:: Lower ;", Transliterator.FORWARD);
		Map<String, String> byCode = new HashMap<>();
		for (Division division : this.divisions.all()) {
			byCode.put(division.code(), english(pinyin, division.name()));
		}
		Map<String, String> full = new HashMap<>();
		for (Division division : this.divisions.all()) {
			full.put(this.divisions.fullName(division.code()), englishFullName(byCode, division));
		}
		return new English(Map.copyOf(byCode), Map.copyOf(full));
	}

	/** The name of one division in the current language. */
	public String name(Division division) {
		return inEnglish() ? english().byCode().getOrDefault(division.code(), division.name()) : division.name();
	}

	/**
	 * A full division name as stored with a venue (Chinese, province first) in the
	 * current language.
	 */
	public String shown(String chineseFullName) {
		if (chineseFullName == null || !inEnglish()) {
			return chineseFullName;
		}
		return english().fullByChinese().getOrDefault(chineseFullName, chineseFullName);
	}

	String englishName(String code) {
		return english().byCode().get(code);
	}

	private String englishFullName(Map<String, String> byCode, Division division) {
		List<String> names = new ArrayList<>();
		Division at = division;
		while (at != null) {
			names.add(byCode.get(at.code()));
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

	private static boolean inEnglish() {
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
