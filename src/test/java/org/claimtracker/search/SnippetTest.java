package org.claimtracker.search;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SnippetTest {

	@Test
	void splitsMarkedAndPlainParts() {
		assertThat(Snippet.parse("I \uE000oppose\uE001 the <b>plan</b>")).containsExactly(new Snippet.Part("I ", false),
				new Snippet.Part("oppose", true), new Snippet.Part(" the <b>plan</b>", false));
	}

	@Test
	void unclosedMarkEndsAtTheEnd() {
		assertThat(Snippet.parse("\uE000a")).containsExactly(new Snippet.Part("a", true));
		assertThat(Snippet.parse("")).isEmpty();
	}

}
