package org.healthcode.venue;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PosterTextTests {

	/** Every character one unit wide. */
	private static List<String> wrap(String text, int width) {
		return PosterText.wrap(text, line -> line.codePointCount(0, line.length()), width);
	}

	@Test
	void chineseBreaksBetweenAnyCharacters() {
		assertThat(wrap("泉城路一百八十八号", 4)).containsExactly("泉城路一", "百八十八", "号");
	}

	@Test
	void latinTextBreaksAtSpaces() {
		assertThat(wrap("Scan with your phone camera", 12)).containsExactly("Scan with", "your phone", "camera");
	}

	@Test
	void mixedTextKeepsWordsWhole() {
		assertThat(wrap("老味道 Sunny Cafe", 9)).containsExactly("老味道 Sunny", "Cafe");
	}

	@Test
	void aWordLongerThanTheLineIsBrokenWhereItMust() {
		assertThat(wrap("abcdefghij", 4)).containsExactly("abcd", "efgh", "ij");
	}

	@Test
	void textThatFitsStaysOnOneLine() {
		assertThat(wrap("<script>alert(1)</script>", 40)).containsExactly("<script>alert(1)</script>");
		assertThat(wrap("", 10)).isEmpty();
	}

}
