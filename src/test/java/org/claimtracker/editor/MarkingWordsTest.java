package org.claimtracker.editor;

import org.claimtracker.Fixtures;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Marking words of an article as a quote or a claim appearance, as browsers send them:
 * selections across paragraphs come with CRLF line breaks, which every span form reads as
 * the LF the body is stored with; white space around a selection is left out; a new
 * speaker is matched to the people listed by name; a form refused shows the claims found
 * before.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class MarkingWordsTest {

	static final String BODY = "The first paragraph ends here.\n\nThe second one begins and ends.\n\nThe third one.";

	@RegisterExtension
	final Fixtures make = new Fixtures();

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	/** A listed person's name's last word, which no other name has. */
	String speakerWord;

	long speaker;

	long claim;

	String goalsWord;

	String goalsStatement;

	long article;

	@BeforeEach
	void article() throws Exception {
		String name = this.make.unique("Nora Marking");
		this.speakerWord = name.substring("Nora Marking ".length());
		this.speaker = this.make.person(name);
		this.claim = this.make.claim(this.make.unique("The mayor opposes the paragraph plan"));
		this.goalsWord = this.make.unique("Goals").substring("Goals ".length());
		this.goalsStatement = "The mayor counts paragraphs among the top goals, says " + this.goalsWord + ".";
		long goals = this.make.claim(this.goalsStatement);
		this.make.publishClaim(this.claim);
		this.make.publishClaim(goals);
		this.mvc
			.perform(editorPost("/editor/articles").param("title", "Paragraphs")
				.param("outlet", "The Example Gazette")
				.param("publishedOn", "2024-05-07")
				.param("url", "https://example.org/paragraphs")
				.param("format", "PLAIN")
				.param("body", BODY))
			.andExpect(redirectedUrlPattern("/editor/articles/*/review"));
		this.article = this.jdbc.queryForObject("select id from article where url = 'https://example.org/paragraphs'",
				Long.class);
		assertThat(this.jdbc.queryForObject("select body from article where id = ?", String.class, this.article))
			.isEqualTo(BODY);
	}

	@Test
	void markingAQuoteByItsTypedWords() throws Exception {
		String words = "ends here.\n\nThe second";
		this.mvc.perform(markQuote(crlf(words))).andExpect(redirectedUrl("/editor/articles/" + this.article));
		assertThat(quote()).isEqualTo(words);
	}

	@Test
	void markingAQuoteByTheSelectorsOfASelection() throws Exception {
		String words = "ends here.\n\nThe second";
		this.mvc
			.perform(markQuote(crlf(words)).param("start", Integer.toString(BODY.indexOf(words)))
				.param("end", Integer.toString(BODY.indexOf(words) + words.length())))
			.andExpect(redirectedUrl("/editor/articles/" + this.article));
		assertThat(quote()).isEqualTo(words);
	}

	@Test
	void aTripleClickedParagraphIsMarkedWithoutItsLineBreak() throws Exception {
		// a browser selects a whole paragraph up to the start of the next one
		String paragraph = "The second one begins and ends.";
		int start = BODY.indexOf(paragraph);
		this.mvc
			.perform(markQuote(crlf(paragraph + "\n\n")).param("start", Integer.toString(start))
				.param("end", Integer.toString(start + paragraph.length() + 2)))
			.andExpect(redirectedUrl("/editor/articles/" + this.article));
		assertThat(quote()).isEqualTo(paragraph);
		assertThat(this.jdbc.queryForObject("select anchor_end from quote where article_id = ?", Integer.class,
				this.article))
			.isEqualTo(start + paragraph.length());
	}

	@Test
	void typedWordsWithSpacesAroundThemAreFound() throws Exception {
		this.mvc.perform(markQuote("  begins and ends.  "))
			.andExpect(redirectedUrl("/editor/articles/" + this.article));
		assertThat(quote()).isEqualTo("begins and ends.");
	}

	@Test
	void aNewSpeakerNamedLikeSomeoneListedIsThatPerson() throws Exception {
		long people = this.jdbc.queryForObject("select count(*) from person", Long.class);
		this.mvc
			.perform(editorPost("/editor/articles/" + this.article + "/quotes").param("exact", "The third one.")
				.param("newSpeaker", "  nora   MARKING   " + this.speakerWord.toLowerCase() + " ")
				.param("kind", "DIRECT"))
			.andExpect(redirectedUrl("/editor/articles/" + this.article));
		assertThat(
				this.jdbc.queryForObject("select speaker_id from quote where article_id = ?", Long.class, this.article))
			.isEqualTo(this.speaker);
		assertThat(this.jdbc.queryForObject("select count(*) from person", Long.class)).isEqualTo(people);

		this.mvc
			.perform(editorPost("/editor/articles/" + this.article + "/quotes").param("exact", "The first paragraph")
				.param("newSpeaker", " Mayor   Dana Whitfield ")
				.param("kind", "DIRECT"))
			.andExpect(redirectedUrl("/editor/articles/" + this.article));
		assertThat(
				this.jdbc.queryForObject("select count(*) from person where name = 'Mayor Dana Whitfield'", Long.class))
			.isEqualTo(1);
	}

	@Test
	void markingAClaimAppearance() throws Exception {
		String words = "begins and ends.\n\nThe third";
		this.mvc
			.perform(editorPost("/editor/articles/" + this.article + "/appearances").param("exact", crlf(words))
				.param("start", Integer.toString(BODY.indexOf(words)))
				.param("end", Integer.toString(BODY.indexOf(words) + words.length()))
				.param("claimId", Long.toString(this.claim)))
			.andExpect(redirectedUrl("/editor/articles/" + this.article));
		assertThat(this.jdbc.queryForObject("select exact from claim_appearance where article_id = ?", String.class,
				this.article))
			.isEqualTo(words);
	}

	@Test
	void aNewSpeakerOfInvisibleCharactersOnlyIsNoSpeaker() throws Exception {
		String html = this.mvc
			.perform(editorPost("/editor/articles/" + this.article + "/quotes").param("exact", "The third one.")
				.param("newSpeaker", "\u200b\u00a0")
				.param("kind", "DIRECT"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(Jsoup.parse(html).select("#speakerId-error").text()).isNotBlank();
		assertThat(this.jdbc.queryForObject("select count(*) from quote where article_id = ?", Integer.class,
				this.article))
			.isZero();
	}

	@Test
	void anAppearanceRefusedForWantOfAClaimOffersTheClaimsFoundBefore() throws Exception {
		String html = this.mvc
			.perform(editorPost("/editor/articles/" + this.article + "/appearances").param("exact", "The third one.")
				.param("claimId", "")
				.param("find", this.goalsWord))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		Document page = Jsoup.parse(html);
		assertThat(page.select("#appearance-form #claimId-error").text()).isNotBlank();
		assertThat(page.select("#appearance-form #claimId option[value!=]").eachText())
			.containsExactly(this.goalsStatement);
	}

	@Test
	void markingAQuoteAgain() throws Exception {
		this.mvc.perform(markQuote("The first")).andExpect(redirectedUrl("/editor/articles/" + this.article));
		long quote = this.jdbc.queryForObject("select id from quote where article_id = ?", Long.class, this.article);
		int version = this.jdbc.queryForObject("select version from quote where id = ?", Integer.class, quote);
		// a lone CR, as some old browsers send, is read as LF too
		String words = "begins and ends.\n\nThe third";
		this.mvc
			.perform(editorPost("/editor/quotes/" + quote + "/anchor").param("exact", words.replace('\n', '\r'))
				.param("version", Integer.toString(version)))
			.andExpect(redirectedUrl("/editor/articles/" + this.article));
		assertThat(quote()).isEqualTo(words);
		assertThat(this.jdbc.queryForObject("select anchor_start from quote where id = ?", Integer.class, quote))
			.isEqualTo(BODY.indexOf(words));
	}

	@Test
	void acceptingAProposalWithCorrectedWords() throws Exception {
		String words = "ends here.\n\nThe second one";
		this.mvc
			.perform(editorPost("/editor/articles/" + this.article + "/review/accept").param("start", "4")
				.param("end", "9")
				.param("exact", crlf(words))
				.param("kind", "DIRECT")
				.param("speakerId", Long.toString(this.speaker)))
			.andExpect(redirectedUrl("/editor/articles/" + this.article + "/review"));
		assertThat(quote()).isEqualTo(words);
	}

	private MockHttpServletRequestBuilder markQuote(String exact) {
		return editorPost("/editor/articles/" + this.article + "/quotes").param("exact", exact)
			.param("speakerId", Long.toString(this.speaker))
			.param("kind", "DIRECT");
	}

	private String quote() {
		return this.jdbc.queryForObject("select exact from quote where article_id = ?", String.class, this.article);
	}

	private static String crlf(String text) {
		return text.replace("\n", "\r\n");
	}

	private static MockHttpServletRequestBuilder editorPost(String path) {
		return post(path).with(csrf()).with(editor());
	}

	private static org.springframework.test.web.servlet.request.RequestPostProcessor editor() {
		return user("editor").roles("EDITOR");
	}

}
