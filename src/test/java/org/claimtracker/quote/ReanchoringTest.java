package org.claimtracker.quote;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.claimtracker.quote.Placement.How;
import org.claimtracker.quote.Placement.NeedsReview;
import org.claimtracker.quote.Placement.Placed;
import org.claimtracker.quote.Placement.Reason;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

class ReanchoringTest {

	static final String QUOTE = "We will fix every road in this city, and we will do it this year,";

	static final String BODY = """
			The mayor spoke at the town hall on Monday.

			“We will fix every road in this city, and we will do it this year,” the mayor said.

			Critics said every road had been promised before.""";

	static final TextAnchor ANCHOR = anchor(BODY, QUOTE);

	@Test
	void anchorsOfAnUnchangedBodyStayPut() {
		Placed placed = placed(Reanchoring.between(BODY, BODY).place(ANCHOR));
		assertThat(placed.how()).isEqualTo(How.UNCHANGED);
		assertThat(placed.anchor().getStart()).isEqualTo(ANCHOR.getStart());
	}

	@Test
	void anEditAfterTheQuoteLeavesItInPlaceWithItsNewSuffix() {
		String corrected = BODY.replace("the mayor said", "Mayor Dana Whitfield said");
		Placed placed = placed(Reanchoring.between(BODY, corrected).place(ANCHOR));
		assertThat(placed.how()).isEqualTo(How.UNCHANGED);
		assertThat(placed.anchor().getSuffix()).startsWith("” Mayor Dana Whitfield");
	}

	@Test
	void textInsertedBeforeTheQuoteMovesIt() {
		String insert = "Correction: an earlier version misstated the date. ";
		String corrected = insert + BODY;
		Placed placed = placed(Reanchoring.between(BODY, corrected).place(ANCHOR));
		assertThat(placed.how()).isEqualTo(How.MOVED);
		assertThat(placed.anchor().getStart()).isEqualTo(ANCHOR.getStart() + insert.length());
		assertThat(placed.anchor().getExact()).isEqualTo(QUOTE);
		assertThat(placed.anchor().matches(corrected)).isTrue();
	}

	@Test
	void textInsertedRightBeforeOrRightAfterTheQuoteStaysOutsideIt() {
		String corrected = BODY.replace("“We will", "“[Updated] We will").replace("this year,”", "this year, [sic]”");
		Placed placed = placed(Reanchoring.between(BODY, corrected).place(ANCHOR));
		assertThat(placed.anchor().getExact()).isEqualTo(QUOTE);
		assertThat(placed.how()).isEqualTo(How.MOVED);
	}

	@Test
	void aSmallEditInsideTheQuoteIsAFuzzyMatchOnTheNewWords() {
		String corrected = "Updated. " + BODY.replace("every road in this city", "every street in this city");
		Placed placed = placed(Reanchoring.between(BODY, corrected).place(ANCHOR));
		assertThat(placed.how()).isEqualTo(How.FUZZY);
		assertThat(placed.anchor().getExact())
			.isEqualTo("We will fix every street in this city, and we will do it this year,");
		assertThat(placed.similarity()).isBetween(Reanchoring.THRESHOLD, 0.99);
	}

	@Test
	void aRewrittenQuoteIsLeftForReviewWithTheClosestTextFound() {
		String corrected = BODY.replace(QUOTE, "Roads will be repaired in this city, some time next year,");
		NeedsReview review = needsReview(Reanchoring.between(BODY, corrected).place(ANCHOR));
		assertThat(review.similarity()).isLessThan(Reanchoring.THRESHOLD);
		assertThat(review.best()).isNotNull();
		assertThat(review.best().getExact()).contains("Roads will be repaired");
	}

	@Test
	void aDeletedQuoteIsLeftForReview() {
		String corrected = BODY.replace("“" + QUOTE + "” the mayor said.", "The mayor made a promise.");
		NeedsReview review = needsReview(Reanchoring.between(BODY, corrected).place(ANCHOR));
		assertThat(review.reason()).isEqualTo(Reason.DELETED);
		assertThat(review.similarity()).isLessThan(0.5);
	}

	@Test
	void aQuoteWhoseParagraphWasDeletedIsLeftForReview() {
		String corrected = BODY.replace("“" + QUOTE + "” the mayor said.\n\n", "");
		assertThat(Reanchoring.between(BODY, corrected).place(ANCHOR)).isInstanceOf(NeedsReview.class);
	}

	@Test
	void aDeletedQuoteIsNotMovedOntoTheAlikeWordsOfAnotherQuote() {
		String rival = "We will fix every bridge in this city, and we will do it next year,";
		String body = BODY.replace("the mayor said.", "the mayor said. “" + rival + "” her rival answered.");
		Span mayor = new Span(1, anchor(body, QUOTE));
		Span answer = new Span(2, anchor(body, rival));
		String corrected = body.replace("“" + QUOTE + "” the mayor said. ", "");
		// alone, the rival's words are alike enough to pass for the mayor's, edited
		assertThat(placed(Reanchoring.between(body, corrected).place(mayor.anchor)).how()).isEqualTo(How.FUZZY);

		List<Reanchored> placed = Reanchoring.between(body, corrected).placeAll(List.of(mayor, answer));
		NeedsReview review = needsReview(placed.get(0).placement());
		assertThat(review.reason()).isEqualTo(Reason.TAKEN);
		assertThat(review.best().getExact()).isEqualTo(rival);
		assertThat(mayor.state).isEqualTo(AnchorState.NEEDS_REVIEW);
		assertThat(mayor.anchor.getExact()).isEqualTo(QUOTE);
		assertThat(placed(placed.get(1).placement()).how()).isEqualTo(How.MOVED);
		assertThat(answer.anchor.matches(corrected)).isTrue();
	}

	@Test
	void aDeletedQuoteIsNotMovedOntoTheSameWordsOfAnotherQuote() {
		String body = "The mayor said “We will win this race.” Her rival said “We will win this race.” too.";
		Span mayor = new Span(1, TextAnchor.of(body, body.indexOf("We will"), body.indexOf("race.") + 5));
		int rivalStart = body.lastIndexOf("We will");
		Span rival = new Span(2, TextAnchor.of(body, rivalStart, rivalStart + "We will win this race.".length()));
		String corrected = body.replace(" Her rival said “We will win this race.” too.", "");

		List<Reanchored> placed = Reanchoring.between(body, corrected).placeAll(List.of(mayor, rival));
		assertThat(placed(placed.get(0).placement()).how()).isEqualTo(How.UNCHANGED);
		NeedsReview review = needsReview(placed.get(1).placement());
		assertThat(review.reason()).isEqualTo(Reason.TAKEN);
		assertThat(rival.state).isEqualTo(AnchorState.NEEDS_REVIEW);
		assertThat(rival.anchor.getStart()).isEqualTo(rivalStart);
	}

	@Test
	void wordsThatGrewAreMatchedToTheirNewEnd() {
		String body = "“We will cut taxes for every working family in this state next year,” Mayor Ann Smith said. "
				+ "“We will cut taxes for every working family in this state this year,” Councilman Bob Jones said.";
		String words = "We will cut taxes for every working family in this state this year,";
		Span jones = new Span(1, anchor(body, words));
		String corrected = body
			.replace("“We will cut taxes for every working family in this state next year,” Mayor Ann Smith said. ", "")
			.replace("this year", "this very year");
		List<Reanchored> placed = Reanchoring.between(body, corrected).placeAll(List.of(jones));
		assertThat(placed(placed.get(0).placement()).how()).isEqualTo(How.FUZZY);
		assertThat(jones.anchor.getExact())
			.isEqualTo("We will cut taxes for every working family in this state this very year,");
	}

	@Test
	void twoQuotesMatchedToTheSameAlikeWordsLeaveThemToTheBetterMatch() {
		String smithWords = "We will cut taxes for every working family in this state next year,";
		String jonesWords = "We will cut taxes for every working family in this state this year,";
		String body = "“" + smithWords + "” Mayor Ann Smith said. “" + jonesWords + "” Councilman Bob Jones said.";
		Span smith = new Span(1, anchor(body, smithWords));
		Span jones = new Span(2, anchor(body, jonesWords));
		String corrected = body.replace("“" + smithWords + "” Mayor Ann Smith said. ", "")
			.replace("this year", "this very year");
		List<Reanchored> placed = Reanchoring.between(body, corrected).placeAll(List.of(smith, jones));
		assertThat(needsReview(placed.get(0).placement()).reason()).isEqualTo(Reason.TAKEN);
		assertThat(smith.state).isEqualTo(AnchorState.NEEDS_REVIEW);
		assertThat(placed(placed.get(1).placement()).how()).isEqualTo(How.FUZZY);
		assertThat(jones.anchor.getExact())
			.isEqualTo("We will cut taxes for every working family in this state this very year,");
	}

	@Test
	void aQuoteEditedInPlaceBesideAnotherIsStillAFuzzyMatch() {
		String rival = "Not this year,";
		String body = BODY.replace("the mayor said.", "the mayor said. “" + rival + "” her rival answered.");
		Span mayor = new Span(1, anchor(body, QUOTE));
		Span answer = new Span(2, anchor(body, rival));
		String corrected = body.replace("every road in this city", "every street in this city");

		List<Reanchored> placed = Reanchoring.between(body, corrected).placeAll(List.of(mayor, answer));
		assertThat(placed(placed.get(0).placement()).how()).isEqualTo(How.FUZZY);
		assertThat(mayor.anchor.getExact()).contains("every street");
		assertThat(mayor.state).isEqualTo(AnchorState.ANCHORED);
	}

	@Test
	void theSameWordsElsewhereAreTakenNearestToWhereTheQuoteWas() {
		String body = "Every road. " + "x ".repeat(300) + "He said every road would be fixed. " + "y ".repeat(300)
				+ "Every road.";
		int start = body.indexOf("every road would");
		TextAnchor anchor = TextAnchor.of(body, start, start + "every road".length());
		// the sentence is reworded so that the diff cannot follow the words, but they
		// stay close by
		String corrected = body.replace("He said every road would be fixed.", "Would be fixed, he said: every road.");
		Placed placed = placed(Reanchoring.between(body, corrected).place(anchor));
		assertThat(placed.how()).isEqualTo(How.MOVED);
		assertThat(placed.anchor().getStart())
			.isEqualTo(corrected.indexOf("he said: every road") + "he said: ".length());
	}

	@Test
	void aRepeatedQuoteKeepsItsOwnOccurrence() {
		String body = "“Every road,” he said. “Every road,” he said again.";
		int second = body.lastIndexOf("Every road");
		TextAnchor anchor = TextAnchor.of(body, second, second + "Every road".length());
		String corrected = "At the rally: " + body;
		Placed placed = placed(Reanchoring.between(body, corrected).place(anchor));
		assertThat(placed.anchor().getStart()).isEqualTo(corrected.lastIndexOf("Every road"));
	}

	@Test
	void theSameWordsFarAwayInAnotherContextAreNotTaken() {
		String body = "He said every road would be fixed. " + "z ".repeat(3000) + "Nobody believes every road claims.";
		TextAnchor anchor = TextAnchor.of(body, body.indexOf("every road"), body.indexOf("every road") + 10);
		String corrected = body.replace("He said every road would be fixed. ", "He said nothing. ");
		assertThat(Reanchoring.between(body, corrected).place(anchor)).isInstanceOf(NeedsReview.class);
	}

	@Test
	void aParagraphMovedFarAwayIsFoundByItsContext() {
		String moved = "“" + QUOTE + "” the mayor said.";
		String body = moved + "\n\n" + "Filler sentence here. ".repeat(200);
		TextAnchor anchor = anchor(body, QUOTE);
		String corrected = "Filler sentence here. ".repeat(200) + "\n\n" + moved;
		Placed placed = placed(Reanchoring.between(body, corrected).place(anchor));
		assertThat(placed.anchor().getStart()).isEqualTo(corrected.indexOf(QUOTE));
	}

	@Test
	void whiteSpaceChangesAroundTheQuoteMoveItAndInsideItAreAFuzzyMatch() {
		String corrected = BODY.replace("\n\n", "\n\n\n\n");
		Placed placed = placed(Reanchoring.between(BODY, corrected).place(ANCHOR));
		assertThat(placed.how()).isEqualTo(How.MOVED);
		assertThat(placed.anchor().getExact()).isEqualTo(QUOTE);

		String spaced = BODY.replace("every road in this city", "every  road  in this city");
		Placed fuzzy = placed(Reanchoring.between(BODY, spaced).place(ANCHOR));
		assertThat(fuzzy.how()).isEqualTo(How.FUZZY);
		assertThat(fuzzy.anchor().getExact()).isEqualTo(QUOTE.replace("every road in", "every  road  in"));
		assertThat(fuzzy.similarity()).isGreaterThan(0.95);
	}

	@Test
	void aFlaggedQuoteIsPlacedAgainOnlyWhenItsWordsAreBackInTheSameContext() {
		String without = BODY.replace("“" + QUOTE + "” the mayor said.", "The mayor made a promise.");
		assertThat(Reanchoring.between(BODY, without).place(ANCHOR)).isInstanceOf(NeedsReview.class);
		Placed placed = placed(Reanchoring.between(without, "Restored.\n\n" + BODY).placeAgain(ANCHOR));
		assertThat(placed.anchor().getStart()).isEqualTo(ANCHOR.getStart() + "Restored.\n\n".length());
		String elsewhere = without + "\n\nIn other news: " + QUOTE + " said nobody.";
		assertThat(Reanchoring.between(without, elsewhere).placeAgain(ANCHOR)).isInstanceOf(NeedsReview.class);
	}

	@Test
	void aFuzzyMatchNeverSplitsAnEmojiInTwo() {
		String body = "Intro. He said “🚧🚧 every road in this city will be fixed 🚧🚧” on Monday.";
		TextAnchor anchor = anchor(body, "🚧🚧 every road in this city will be fixed 🚧🚧");
		String corrected = body.replace("every road", "every single road");
		Placed placed = placed(Reanchoring.between(body, corrected).place(anchor));
		assertThat(placed.how()).isEqualTo(How.FUZZY);
		assertThat(placed.anchor().getExact()).isEqualTo("🚧🚧 every single road in this city will be fixed 🚧🚧");
		assertThat(Character.isLowSurrogate(placed.anchor().getExact().charAt(0))).isFalse();
	}

	@Test
	void anEmptyBodyPlacesNothing() {
		NeedsReview review = needsReview(Reanchoring.between(BODY, "").place(ANCHOR));
		assertThat(review.reason()).isEqualTo(Reason.EMPTY_TEXT);
		assertThat(review.best()).isNull();
	}

	@Test
	void aQuoteAtTheVeryStartOrEndOfTheBodyIsPlaced() {
		String body = "Start here. Middle. End there.";
		TextAnchor first = TextAnchor.of(body, 0, 11);
		TextAnchor last = TextAnchor.of(body, 20, body.length());
		Reanchoring reanchoring = Reanchoring.between(body, body.replace("Middle.", "The middle part."));
		assertThat(placed(reanchoring.place(first)).how()).isEqualTo(How.UNCHANGED);
		assertThat(placed(reanchoring.place(last)).anchor().getExact()).isEqualTo("End there.");
	}

	@Test
	void aLongBodyWithALocalCorrectionIsQuick() {
		Random random = new Random(7);
		StringBuilder text = new StringBuilder();
		while (text.length() < 1_000_000) {
			text.append("Paragraph ").append(random.nextInt(1_000_000)).append(" says something about roads.\n\n");
		}
		String body = text.toString();
		List<TextAnchor> anchors = new ArrayList<>();
		for (int at = 1000; at < body.length() - 100; at += 5_000) {
			int start = body.indexOf("Paragraph", at);
			anchors.add(TextAnchor.of(body, start, body.indexOf('.', start)));
		}
		String corrected = body.substring(0, 500) + "A correction. " + body.substring(500);
		assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
			Reanchoring reanchoring = Reanchoring.between(body, corrected);
			for (TextAnchor anchor : anchors) {
				Placed placed = placed(reanchoring.place(anchor));
				assertThat(placed.anchor().getStart()).isEqualTo(anchor.getStart() + "A correction. ".length());
			}
		});
	}

	@Test
	void aLongBodyRewrittenThroughoutIsStillBounded() {
		Random random = new Random(11);
		StringBuilder text = new StringBuilder();
		StringBuilder other = new StringBuilder();
		while (text.length() < 300_000) {
			text.append("Line ").append(random.nextInt(1_000_000)).append(" about taxes.\n\n");
			other.append("Row ").append(random.nextInt(1_000_000)).append(" about roads.\n\n");
		}
		String body = text.toString();
		List<TextAnchor> anchors = new ArrayList<>();
		for (int at = 0; at < body.length() - 100; at += 10_000) {
			int start = body.indexOf("Line", at);
			anchors.add(TextAnchor.of(body, start, body.indexOf('.', start)));
		}
		assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
			Reanchoring reanchoring = Reanchoring.between(body, other.toString());
			for (TextAnchor anchor : anchors) {
				assertThat(reanchoring.place(anchor)).isInstanceOf(NeedsReview.class);
			}
		});
	}

	static TextAnchor anchor(String body, String exact) {
		int start = body.indexOf(exact);
		return TextAnchor.of(body, start, start + exact.length());
	}

	static Placed placed(Placement placement) {
		assertThat(placement).isInstanceOf(Placed.class);
		return (Placed) placement;
	}

	static NeedsReview needsReview(Placement placement) {
		assertThat(placement).isInstanceOf(NeedsReview.class);
		return (NeedsReview) placement;
	}

	/** A marked span as the correction sees it. */
	static final class Span implements Anchored {

		final long id;

		TextAnchor anchor;

		AnchorState state = AnchorState.ANCHORED;

		Span(long id, TextAnchor anchor) {
			this.id = id;
			this.anchor = anchor;
		}

		@Override
		public Long getId() {
			return this.id;
		}

		@Override
		public TextAnchor getAnchor() {
			return this.anchor;
		}

		@Override
		public AnchorState getAnchorState() {
			return this.state;
		}

		@Override
		public void anchorAt(TextAnchor anchor) {
			this.anchor = anchor;
			this.state = AnchorState.ANCHORED;
		}

		@Override
		public void flagForReview() {
			this.state = AnchorState.NEEDS_REVIEW;
		}

	}

}
