package org.healthcode.web;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Guards the two languages: both bundles have the same keys, every key a template names
 * exists, and templates carry no visible text of their own (only placeholder text inside
 * elements whose text Thymeleaf replaces).
 */
class MessagesTests {

	private static final Path RESOURCES = Path.of("src/main/resources");

	private static final Pattern MESSAGE_KEY = Pattern.compile("#\\{([A-Za-z0-9_.\\-]+)[}(]");

	private static final Pattern TEXT_NODE = Pattern.compile("<([a-zA-Z][^<>]*)>([^<>]*)</?[a-zA-Z]");

	@Test
	void chineseAndEnglishHaveTheSameKeys() throws IOException {
		Set<String> chinese = keys("messages.properties");
		Set<String> english = keys("messages_en.properties");

		assertThat(english).containsExactlyInAnyOrderElementsOf(chinese);
	}

	@Test
	void everyKeyUsedInATemplateExists() throws IOException {
		Set<String> known = keys("messages.properties");
		Set<String> missing = new TreeSet<>();
		for (Path template : templates()) {
			Matcher matcher = MESSAGE_KEY.matcher(Files.readString(template));
			while (matcher.find()) {
				if (!known.contains(matcher.group(1))) {
					missing.add(template.getFileName() + ": " + matcher.group(1));
				}
			}
		}

		assertThat(missing).isEmpty();
	}

	@Test
	void templatesHaveNoHardCodedText() throws IOException {
		List<String> offending = new ArrayList<>();
		for (Path template : templates()) {
			String html = Files.readString(template)
				.replaceAll("(?s)<!--.*?-->", "")
				.replaceAll("(?s)<script.*?</script>", "")
				.replaceAll("(?s)<style.*?</style>", "");
			Matcher matcher = TEXT_NODE.matcher(html);
			while (matcher.find()) {
				String openingTag = matcher.group(1);
				String text = matcher.group(2).strip();
				boolean replaced = openingTag.contains("th:text") || openingTag.contains("th:utext")
						|| openingTag.startsWith("/");
				if (!text.isEmpty() && !replaced && text.codePoints().anyMatch(Character::isLetter)) {
					offending.add(template.getFileName() + ": " + text);
				}
			}
		}

		assertThat(offending).isEmpty();
	}

	private static Set<String> keys(String bundle) throws IOException {
		Properties properties = new Properties();
		try (Reader reader = Files.newBufferedReader(RESOURCES.resolve(bundle), StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties.stringPropertyNames();
	}

	private static List<Path> templates() throws IOException {
		try (Stream<Path> files = Files.walk(RESOURCES.resolve("templates"))) {
			return files.filter(path -> path.toString().endsWith(".html")).toList();
		}
	}

}
