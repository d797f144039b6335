package org.healthcode.audit;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.healthcode.health.StatusReason;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The audit log reads in words: every action, reason and detail code that the code base
 * writes into it has words in both languages, and the machine-made details are rendered
 * (times in Asia/Shanghai).
 */
class AuditWordsTests {

	/** Statements that write an audit entry, up to their end. */
	private static final Pattern AUDIT_WRITE = Pattern.compile(
			"(?s)(?:audit\\.read\\(|audit\\.record\\(|\\brecord\\(this\\.clock|new PersonalDataAccessed\\().*?\\);");

	private static final Pattern CODE_LITERAL = Pattern.compile("\"([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*)\"");

	/**
	 * Constants that name audit codes: a class's {@code static final String X = "CODE"}.
	 */
	private static final Pattern CODE_CONSTANT = Pattern.compile(
			"static final String (?:PURPOSE|[A-Z_]*(?:ACTION|REASON|READ|PURPOSE)[A-Z_]*) = \"([A-Z][A-Z0-9_]*)\"");

	private static final Set<String> NOT_CODES = Set.of("RESIDENT", "OFFICIAL", "ADMIN", "SYSTEM");

	@AfterEach
	void resetLocale() {
		LocaleContextHolder.resetLocaleContext();
	}

	@Test
	void everyAuditCodeInTheCodeHasWordsInBothLanguages() throws IOException {
		Set<String> codes = codesWritten();
		Arrays.stream(StatusReason.values()).map(Enum::name).forEach(codes::add);
		assertThat(codes).contains("HEALTH_STATUS_CHANGED", "CONTACTS_QUERIED", "CONTACT_TRACING", "AUDIT_READ",
				"AUDIT_REVIEW", "PROFILE_REGISTERED", "CLAIMED_EXISTING", "BULK_MARK_UNCHANGED",
				"VENUE_EXPOSURE_QUERIED", "CONTACT_PHONE_READ", "FULL", "RISK_AREA_DESIGNATED", "RISK_AREA_WITHDRAWN",
				"RISK_AREA_HIGH", "RISK_AREA_MEDIUM");
		for (String bundle : List.of("messages.properties", "messages_en.properties")) {
			Set<String> keys = keys(bundle);
			Set<String> missing = new TreeSet<>();
			for (String code : codes) {
				if (Arrays.stream(AuditWords.LABEL_PREFIXES).noneMatch(prefix -> keys.contains(prefix + code))) {
					missing.add(code);
				}
			}
			assertThat(missing).as("audit codes without words in " + bundle).isEmpty();
		}
	}

	@Test
	void detailsAreRenderedInWordsWithShanghaiTimes() {
		AuditWords words = new AuditWords(messages());
		LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
		assertThat(words.detail("GREEN->YELLOW until 2025-03-01T02:00:00Z then GREEN"))
			.isEqualTo("绿码 → 黄码，至 2025-03-01 10:00 后转为绿码");
		assertThat(words.action("CONTACTS_QUERIED")).isEqualTo("查询密接人员");
		assertThat(words.reason("CONTACT_TRACING")).isEqualTo("流调溯源");
		assertThat(words.reason("CLOSE_CONTACT")).isEqualTo("密切接触者");
		assertThat(words.detail("venue 12")).isEqualTo("场所编号 12");
		LocaleContextHolder.setLocale(Locale.ENGLISH);
		assertThat(words.detail("RED->YELLOW")).isEqualTo("Red → Yellow");
		assertThat(words.detail("FULL")).isEqualTo("Full number");
		assertThat(words.detail("from=2025-03-01T00:00:00Z role=OFFICIAL action=CONTACTS_QUERIED page=0 total=3"))
			.isEqualTo("from 2025-03-01 08:00; role: Health official; action: Contacts queried; page 1; 3 found");
		assertThat(words.detail("riskArea=4 venues=12,13 from=2025-03-01T00:00:00Z to=2025-03-02T00:00:00Z visitors=2"))
			.isEqualTo("risk area #4; venues 12,13; from 2025-03-01 08:00; until 2025-03-02 08:00; 2 visitors");
		assertThat(words.reason("RISK_AREA_HIGH")).isEqualTo("High risk");
		assertThat(words.detail("handed to the district CDC")).isEqualTo("Stated reason: handed to the district CDC");
	}

	private static Set<String> codesWritten() throws IOException {
		Set<String> codes = new TreeSet<>();
		try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
			for (Path file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
				String source = Files.readString(file);
				Matcher write = AUDIT_WRITE.matcher(source);
				while (write.find()) {
					Matcher literal = CODE_LITERAL.matcher(write.group());
					while (literal.find()) {
						codes.add(literal.group(1));
					}
				}
				if (source.contains("PersonalDataAccessed") || file.toString().contains("/audit/")) {
					Matcher constant = CODE_CONSTANT.matcher(source);
					while (constant.find()) {
						codes.add(constant.group(1));
					}
				}
			}
		}
		codes.removeAll(NOT_CODES);
		return codes;
	}

	private static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

	private static Set<String> keys(String bundle) throws IOException {
		Properties properties = new Properties();
		try (Reader reader = Files.newBufferedReader(Path.of("src/main/resources", bundle), StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties.stringPropertyNames();
	}

}
