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
	void saysWhenTheStartOrEndIsLeftOut() {
		String text = "One two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen";
		assertThat(Snippet.of(text, text)).containsExactly(new Snippet.Part(text, false));
		assertThat(Snippet.of("five six \uE000seven\uE001 eight nine ten eleven twelve", text).get(0).text())
			.isEqualTo("… ");
		assertThat(Snippet.of("five six \uE000seven\uE001 eight nine ten eleven twelve", text)).last()
			.isEqualTo(new Snippet.Part(" …", false));
	}

	@Test
	void unclosedMarkEndsAtTheEnd() {
		assertThat(Snippet.parse("\uE000a")).containsExactly(new Snippet.Part("a", true));
		assertThat(Snippet.parse("")).isEmpty();
	}

}
