package org.claimtracker.quote;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SimilarityTest {

	@Test
	void editDistanceCountsInsertionsDeletionsAndSubstitutions() {
		assertThat(Similarity.distance("kitten", "sitting", 10)).isEqualTo(3);
		assertThat(Similarity.distance("", "abc", 10)).isEqualTo(3);
		assertThat(Similarity.distance("same", "same", 0)).isZero();
		assertThat(Similarity.distance("abcdef", "uvwxyz", 2)).isEqualTo(3);
		assertThat(Similarity.distance("kitten", "sitting", 2)).isEqualTo(3);
	}

	@Test
	void similarityIsOneForEqualTextsAndLowForUnrelatedOnes() {
		assertThat(Similarity.of("", "")).isEqualTo(1);
		assertThat(Similarity.of("every road", "every road")).isEqualTo(1);
		assertThat(Similarity.of("every road", "every  road")).isGreaterThan(0.9);
		assertThat(Similarity.of("every road", "nothing alike")).isLessThan(0.5);
	}

	@Test
	void bestFitFindsTheClosestSpanInsideALongerText() {
		String text = "The mayor said we will fix every street in town, critics said otherwise.";
		int[] fit = Similarity.bestFit("we will fix every road in town", text, 0, text.length());
		assertThat(text.substring(fit[0], fit[1])).isEqualTo("we will fix every street in town");
		assertThat(Similarity.bestFit("x", text, 5, 5)).isNull();
	}

	@Test
	void offsetsShiftPastInsertionsAndStayOutsideTextInsertedAtASpansEdges() {
		OffsetMap map = OffsetMap.between("abc def ghi", "abc NEW def ghi");
		assertThat(map.start(4)).isEqualTo(8);
		assertThat(map.end(3)).isEqualTo(3);
		assertThat(map.start(8)).isEqualTo(12);
		assertThat(OffsetMap.between("same", "same").changes()).isEmpty();
	}

}
