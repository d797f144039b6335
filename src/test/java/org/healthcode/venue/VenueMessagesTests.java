package org.healthcode.venue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Every label and problem of the venue module has its Chinese and English text. */
class VenueMessagesTests {

	private static final Path MAIN = Path.of("src/main");

	@Test
	void everyCategorySubtypeAndStatusHasLabelsInBothLanguages() throws IOException {
		List<String> keys = new ArrayList<>();
		Stream.of(VenueCategory.values()).forEach(category -> keys.add(category.messageKey()));
		Stream.of(VenueSubtype.values()).forEach(subtype -> keys.add(subtype.messageKey()));
		Stream.of(VenueStatus.values()).forEach(status -> keys.add("venue.status." + status.name()));

		assertBothBundlesHave(keys);
	}

	@Test
	void everyProblemCodeAndMessageKeyUsedByTheModuleHasItsText() throws IOException {
		List<String> keys = new ArrayList<>();
		Pattern problem = Pattern.compile("\"((VENUE|NAME|PHONE|ID_NUMBER)_[A-Z_]+)\"");
		Pattern key = Pattern.compile("\"\\{?(venue\\.[a-zA-Z.]+[a-zA-Z])}?\"");
		Pattern templateKey = Pattern.compile("#\\{(venue\\.[a-zA-Z.]+|problem\\.[A-Z_]+|home\\.[a-zA-Z.]+)[}(]");
		try (Stream<Path> files = Stream.concat(Files.walk(MAIN.resolve("java/org/healthcode/venue")),
				Files.walk(MAIN.resolve("resources/templates")))) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				String source = Files.readString(file);
				collect(problem.matcher(source), "problem.", keys);
				collect(key.matcher(source), "", keys);
				collect(templateKey.matcher(source), "", keys);
			}
		}

		assertThat(keys).contains("problem.VENUE_TOKEN_INVALID", "venue.notice.created", "venue.detail.print",
				"venue.validation.required");
		assertBothBundlesHave(keys);
	}

	private static void collect(Matcher matcher, String prefix, List<String> keys) {
		while (matcher.find()) {
			String found = prefix + matcher.group(1);
			if (!found.equals("venue.category.") && !found.equals("venue.subtype.") && !found.equals("venue.status.")) {
				keys.add(found);
			}
		}
	}

	private static void assertBothBundlesHave(List<String> keys) throws IOException {
		for (String bundle : new String[] { "messages.properties", "messages_en.properties" }) {
			Properties messages = new Properties();
			messages.load(Files.newBufferedReader(MAIN.resolve("resources").resolve(bundle)));
			assertThat(keys).as(bundle)
				.allSatisfy(key -> assertThat(messages.getProperty(key)).as(bundle + ": " + key).isNotBlank());
		}
	}

}
