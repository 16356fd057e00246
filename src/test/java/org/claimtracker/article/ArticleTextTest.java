package org.claimtracker.article;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pasted text and HTML become the body readers see: every visible word kept, a paragraph
 * per block.
 */
class ArticleTextTest {

	@Test
	void plainTextIsAParagraphPerLine() {
		assertThat(ArticleText.fromPlainText("  First line.\r\n\r\n\r\nSecond line.  \rThird.\n"))
			.isEqualTo("First line.\n\nSecond line.\n\nThird.");
	}

	@Test
	void textOutsideParagraphsIsKept() {
		String html = "<p>Intro paragraph.</p><div>\"We will win,\" said Maria Delgado.</div><section>Section text.</section>";
		assertThat(ArticleText.fromHtml(html))
			.isEqualTo("Intro paragraph.\n\n\"We will win,\" said Maria Delgado.\n\nSection text.");
	}

	@Test
	void textBesideNestedBlocksIsItsOwnParagraph() {
		assertThat(ArticleText.fromHtml("<blockquote>Lead-in words <p>quoted para</p></blockquote>"))
			.isEqualTo("Lead-in words\n\nquoted para");
		assertThat(ArticleText.fromHtml("<p>Before.</p><div><div>Nested div text</div> trailing</div>"))
			.isEqualTo("Before.\n\nNested div text\n\ntrailing");
	}

	@Test
	void everyTableCellIsKept() {
		assertThat(ArticleText
			.fromHtml("<table><tr><th>Candidate</th><td>Votes</td></tr><tr><td>Ossoff</td><td>50.6%</td></tr></table>"))
			.isEqualTo("Candidate\n\nVotes\n\nOssoff\n\n50.6%");
	}

	@Test
	void lineBreaksSplitParagraphsAndInlineMarkupDoesNot() {
		assertThat(ArticleText.fromHtml("<p>Line one<br><br>Line two</p>")).isEqualTo("Line one\n\nLine two");
		assertThat(ArticleText.fromHtml("<p>A <em>very</em>\n   <a href=\"/x\">linked</a> word.</p>"))
			.isEqualTo("A very linked word.");
	}

	@Test
	void scriptsStylesAndOtherUnseenTextAreDropped() {
		assertThat(ArticleText.fromHtml("<style>p { color: red }</style><p>Seen.</p><script>alert(1)</script>"
				+ "<noscript>No script.</noscript><template><p>Later.</p></template>"))
			.isEqualTo("Seen.");
	}

	@Test
	void preformattedTextIsAParagraphPerLine() {
		assertThat(ArticleText.fromHtml("<p>Table:</p><pre>Ossoff   50.6%\n\nPerdue   49.4%</pre>"))
			.isEqualTo("Table:\n\nOssoff   50.6%\n\nPerdue   49.4%");
	}

	@Test
	void textWithoutAnyMarkupIsKept() {
		assertThat(ArticleText.fromHtml("Just words, no tags")).isEqualTo("Just words, no tags");
		assertThat(ArticleText.fromHtml("<p></p><div>  </div>")).isEmpty();
	}

	@Test
	void nonBreakingSpacesAreSpacesAndAParagraphOfThemIsNone() {
		assertThat(ArticleText.fromHtml("<p>&nbsp;</p><p>Hi&nbsp;there</p><p> &nbsp; </p>")).isEqualTo("Hi there");
	}

	@Test
	void theBodyIsInUnicodeNfc() {
		assertThat(ArticleText.fromHtml("<p>Cafe\u0301</p>")).isEqualTo("Caf\u00e9");
	}

}
