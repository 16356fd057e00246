package org.claimtracker.utterance;

import java.util.List;

import org.claimtracker.utterance.Alteration.Kind;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ComparisonTest {

	static final String OSSOFF = "There have to be bonds of trust between local communities and local law enforcement.";

	@Test
	void droppingAContentWordAltersTheQuote() {
		Comparison c = Comparison.of(OSSOFF,
				"There have to be bonds of trust between local communities and law enforcement.");
		assertThat(c.alterations()).containsExactly(new Alteration(Kind.OMISSION, 11, 12, "local", "", true));
		assertThat(c.alterations().get(0).messageKey()).isEqualTo("utterance.alteration.omission.word");
		assertThat(c.altered()).isTrue();
		assertThat(c.pieces()).containsExactly(
				new Piece(Piece.Type.SAME, "There have to be bonds of trust between local communities and"),
				new Piece(Piece.Type.LEFT_OUT, "local"), new Piece(Piece.Type.SAME, "law enforcement"));
	}

	@Test
	void droppingAStopWordIsMarkedButDoesNotAlter() {
		Comparison c = Comparison.of(OSSOFF,
				"There have to be bonds of trust between local communities and local law enforcement".replace(" and ",
						" "));
		assertThat(c.alterations()).singleElement().satisfies((a) -> {
			assertThat(a.kind()).isEqualTo(Kind.OMISSION);
			assertThat(a.removed()).isEqualTo("and");
			assertThat(a.altering()).isFalse();
		});
		assertThat(c.altered()).isFalse();
	}

	@Test
	void aBracketedSubstitutionSaysWhatItReplaces() {
		Comparison c = Comparison.of(OSSOFF,
				"“There have to be bonds of trust between [illegal aliens] and local law enforcement.”");
		assertThat(c.alterations())
			.containsExactly(new Alteration(Kind.SUBSTITUTION, 8, 10, "local communities", "[illegal aliens]", true));
		assertThat(c.alterations().get(0).messageKey()).isEqualTo("utterance.alteration.substitution");
		assertThat(c.pieces()).contains(new Piece(Piece.Type.LEFT_OUT, "local communities"),
				new Piece(Piece.Type.ADDED, "[illegal aliens]"));
		assertThat(c.altered()).isTrue();
	}

	@Test
	void anUnbracketedSubstitutionAltersToo() {
		Comparison c = Comparison.of(OSSOFF,
				"There have to be bonds of trust between local communities and federal law enforcement.");
		assertThat(c.alterations())
			.containsExactly(new Alteration(Kind.SUBSTITUTION, 11, 12, "local", "federal", true));
	}

	@Test
	void insertedWordsAreMarked() {
		Comparison c = Comparison.of(OSSOFF,
				"There have to be bonds of trust between local communities and local law enforcement, [he said].");
		assertThat(c.alterations()).containsExactly(new Alteration(Kind.INSERTION, 14, 14, "", "[he said]", true));
		assertThat(c.alterations().get(0).messageKey()).isEqualTo("utterance.alteration.insertion.words");
	}

	@Test
	void anEllipsisThatJoinsDistantPartsIsFlagged() {
		String full = "It is one of my top goals, it is one of my dreams. I’ve always believed that immigration is an "
				+ "area where the Senate can find bipartisan ground and we have broad-based support.";
		Comparison c = Comparison.of(full, "It is one of my top goals … we have broad-based support.");
		assertThat(c.alterations()).singleElement().satisfies((a) -> {
			assertThat(a.kind()).isEqualTo(Kind.ELLIPSIS);
			assertThat(a.removed()).startsWith("it is one of my dreams").endsWith("bipartisan ground and");
			assertThat(a.wordsLeftOut()).isEqualTo(22);
			assertThat(a.altering()).isTrue();
		});
		assertThat(c.pieces()).extracting(Piece::type)
			.containsExactly(Piece.Type.SAME, Piece.Type.LEFT_OUT, Piece.Type.ELLIPSIS, Piece.Type.SAME);
	}

	@Test
	void anEllipsisWhereTheReferenceHasNothingMoreIsNoChange() {
		Comparison c = Comparison.of("we have broad-based support", "… we have broad-based support");
		assertThat(c.alterations()).isEmpty();
	}

	@Test
	void truncationAtEitherEndIsMarkedButDoesNotAlter() {
		Comparison c = Comparison.of(OSSOFF, "bonds of trust between local communities");
		assertThat(c.alterations()).extracting(Alteration::kind)
			.containsExactly(Kind.TRUNCATED_START, Kind.TRUNCATED_END);
		assertThat(c.alterations()).extracting(Alteration::removed)
			.containsExactly("There have to be", "and local law enforcement");
		assertThat(c.altered()).isFalse();
		assertThat(c.pieces()).extracting(Piece::type).containsExactly(Piece.Type.CUT, Piece.Type.SAME, Piece.Type.CUT);
	}

	@Test
	void caseQuotationMarksAndPunctuationAreNoChange() {
		Comparison c = Comparison.of(OSSOFF,
				"\"THERE HAVE TO BE BONDS OF TRUST — BETWEEN LOCAL COMMUNITIES AND LOCAL LAW ENFORCEMENT\"");
		assertThat(c.alterations()).isEmpty();
		assertThat(c.altered()).isFalse();
		assertThat(Comparison.of("We can’t wait", "We can't wait").alterations()).isEmpty();
	}

	@Test
	void theReferenceComparedWithItselfShowsItsWords() {
		assertThat(Comparison.same("one … two").pieces()).containsExactly(new Piece(Piece.Type.SAME, "one"),
				new Piece(Piece.Type.ELLIPSIS, "…"), new Piece(Piece.Type.SAME, "two"));
	}

	@Test
	void wordsAreCutWithBracketsAndEllipsesNoted() {
		List<Word> words = QuoteWords.of("We [the Senate] can’t… wait.");
		assertThat(words).extracting(Word::norm).containsExactly("we", "the", "senate", "cant", "wait");
		assertThat(words).extracting(Word::bracketed).containsExactly(false, true, true, false, false);
		assertThat(words).extracting(Word::afterEllipsis).containsExactly(false, false, false, false, true);
		assertThat(QuoteWords.spoken("We [the Senate] can’t... wait.")).containsExactly("we", "cant", "wait");
	}

}
