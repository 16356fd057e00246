package org.claimtracker.history;

import java.util.List;

import org.claimtracker.history.TextChange.Part;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A long text's change reads as the words taken out and put in, with what stayed the same
 * cut short.
 */
class TextChangeTest {

	static final String OPENING = "The mayor spoke at the town hall on Monday about the roads, the schools and the budget. ";

	static final String CLOSING = " Critics said every road had been promised before, and that the schools would wait again.";

	@Test
	void oneChangedWordStandsOutAndTheRestIsCutShort() {
		String before = OPENING.repeat(3) + "The vote is on 31 December this year." + CLOSING.repeat(3);
		String after = OPENING.repeat(3) + "The vote is on 31 December 2020 this year." + CLOSING.repeat(3);
		TextChange change = TextChange.of(before, after);
		assertThat(changed(change.before())).isEmpty();
		assertThat(changed(change.after())).containsExactly("2020 ");
		assertThat(text(change.before())).startsWith("…")
			.endsWith("…")
			.contains("The vote is on 31 December this year.");
		assertThat(text(change.after())).contains("The vote is on 31 December 2020 this year.");
		assertThat(text(change.after()).length()).isLessThan(after.length() / 2);
	}

	@Test
	void replacedWordsAreMarkedOnBothSides() {
		String before = OPENING.repeat(3) + "Taxes will rise." + CLOSING;
		String after = OPENING.repeat(3) + "Taxes will fall." + CLOSING;
		TextChange change = TextChange.of(before, after);
		assertThat(changed(change.before())).containsExactly("rise.");
		assertThat(changed(change.after())).containsExactly("fall.");
		// cut between words
		assertThat(text(change.after())).endsWith(" Critics said every road had been promised before, and that the…");
	}

	@Test
	void wordsPutInAtTheStartKeepTheTextAfterThem() {
		String before = OPENING.repeat(3);
		TextChange change = TextChange.of(before, "Editor's note: updated. " + before);
		assertThat(change.before()).noneMatch(Part::changed);
		assertThat(changed(change.after())).containsExactly("Editor's note: updated. ");
		assertThat(text(change.after())).startsWith("Editor's note: updated. The mayor spoke at the town hall")
			.endsWith("…");
	}

	@Test
	void aCutNeverSplitsAnEmoji() {
		String emoji = "\uD83D\uDE00".repeat(100);
		TextChange change = TextChange.of("X " + emoji, "Y " + emoji);
		for (Part part : change.after()) {
			// a half of a character alone reads as a code point in the surrogate range
			assertThat(part.text().codePoints()).noneMatch((c) -> c >= 0xD800 && c <= 0xDFFF);
		}
	}

	@Test
	void shortTextsAndNewOrDeletedItemsAreShownWhole() {
		assertThat(TextChange.of("Taxes will rise.", "Taxes will fall.")).isNull();
		assertThat(TextChange.of(null, OPENING.repeat(5))).isNull();
		assertThat(TextChange.of(OPENING.repeat(5), null)).isNull();
	}

	private static List<String> changed(List<Part> parts) {
		return parts.stream().filter(Part::changed).map(Part::text).filter((t) -> !t.isEmpty()).toList();
	}

	private static String text(List<Part> parts) {
		return parts.stream().map(Part::text).reduce("", String::concat);
	}

}
