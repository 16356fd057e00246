package org.claimtracker.editor;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The review screen: proposals on a new article accepted, corrected or rejected, with
 * plain forms.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class ProposalReviewTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	SessionRepository<?> sessions;

	@Nullable EditorSession editorSession;

	@Test
	void acceptingAllOnTheSeedArticleYieldsItsEightQuotes() throws Exception {
		String body = resource("/demo/article-2020-12-30-ossoff-287g.txt").strip();
		long article = addArticle("https://example.org/seed-again", body);
		Document page = review(article);
		List<Element> items = page.select("li[id^=proposal-]");
		assertThat(items).hasSize(11);
		assertThat(page.select(".body mark")).hasSizeGreaterThanOrEqualTo(10);
		assertLabelled(page);

		// the two paraphrases the curators left out, and the partial quote's later
		// fragment proposed on its own as well, are rejected; everything else is accepted
		// at once
		for (Element item : items) {
			String text = item.select("blockquote").text();
			if (text.startsWith("Democrat Jon Ossoff") || text.startsWith("Senate Minority Leader")
					|| text.equals("who otherwise follow the law.")) {
				send(post("/editor/articles/" + article + "/review/reject").param("key",
						item.select("input[name=key]").first().val()))
					.andExpect(redirectedUrlPattern("/editor/articles/" + article + "/review*"));
			}
		}
		assertThat(review(article).select("li[id^=proposal-]")).hasSize(8);
		send(post("/editor/articles/" + article + "/review/accept-all"))
			.andExpect(redirectedUrlPattern("/editor/articles/" + article + "/review*"));
		// accepting all leaves the proposals the extractor is less sure of, the two
		// paraphrases among them, for a look: each is accepted on its own
		Document left = review(article);
		assertThat(left.select(".for-a-look li")).hasSize(left.select("li[id^=proposal-]").size());
		assertThat(left.select("li[id^=proposal-] blockquote").eachText()).anyMatch((t) -> t.startsWith("Ossoff said"));
		for (int n = left.select("li[id^=proposal-]").size(); n > 0; n--) {
			Element item = review(article).getElementById("proposal-1");
			MockHttpServletRequestBuilder accept = post("/editor/articles/" + article + "/review/accept");
			for (Element input : item.select("form.accept-form input[type=hidden]")) {
				accept.param(input.attr("name"), input.val());
			}
			send(accept.param("confirm", "true")).andExpect(status().is3xxRedirection());
		}

		JsonNode annotations = new JsonMapper().readTree(resource("/demo/annotations.json"));
		Map<String, String> names = new HashMap<>();
		annotations.get("people").forEach((p) -> names.put(p.get("key").asString(), p.get("name").asString()));
		List<Map<String, Object>> quotes = this.jdbc.queryForList("""
				select q.anchor_start, q.anchor_end, q.kind, q.exact, q.status, p.name from quote q
				join person p on p.id = q.speaker_id where q.article_id = ? order by q.anchor_start""", article);
		assertThat(quotes).hasSize(8);
		for (JsonNode expected : annotations.get("quotes")) {
			assertThat(quotes).as(expected.get("key").asString()).anySatisfy((q) -> {
				assertThat(q.get("anchor_start")).isEqualTo(expected.get("start").asInt());
				assertThat(q.get("anchor_end")).isEqualTo(expected.get("end").asInt());
				assertThat(q.get("exact")).isEqualTo(expected.get("exact").asString());
				assertThat(q.get("kind")).isEqualTo(expected.get("kind").asString());
				assertThat(q.get("name")).isEqualTo(names.get(expected.get("speaker").asString()));
				assertThat(q.get("status")).isEqualTo("DRAFT");
			});
		}
		assertThat(review(article).select("li[id^=proposal-]")).isEmpty();
	}

	@Test
	void newPeopleAreCreatedOnlyAfterConfirmingAndUnnamedSourcesWait() throws Exception {
		long article = addArticle("https://example.org/delgado",
				"“We are going to win this race,” said state Sen. Maria Delgado.\n\n“She will lose,” an aide said.");
		long people = count("person");
		// of the two proposals, only the one with a named speaker can be accepted at once
		assertThat(review(article).select("form[action$=/accept-all] button").text())
			.isEqualTo("Accept the one proposal");
		Document confirm = Jsoup
			.parse(send(post("/editor/articles/" + article + "/review/accept-all")).andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString());
		assertThat(confirm.select("[role=alert]").text()).contains("Maria Delgado");
		assertThat(count("person")).isEqualTo(people);
		assertThat(quotesIn(article)).isZero();

		send(post("/editor/articles/" + article + "/review/accept-all").param("confirm", "true"))
			.andExpect(status().is3xxRedirection());
		assertThat(count("person")).isEqualTo(people + 1);
		assertThat(this.jdbc.queryForObject("select status from person where name = 'Maria Delgado'", String.class))
			.isEqualTo("DRAFT");
		assertThat(quotesIn(article)).isEqualTo(1);
		Document page = review(article);
		assertThat(page.select("li[id^=proposal-]")).hasSize(1);
		assertThat(page.select("li[id^=proposal-]").text()).contains("an aide", "Unnamed source");
		assertThat(page.select("li[id^=proposal-] form[action$=/accept]")).isEmpty();
		assertThat(page.select("form[action$=/accept-all]")).isEmpty();
		assertThat(page.select(".for-a-look").text()).contains("One proposal for a look", "#1 an aide unnamed source");
	}

	@Test
	void acceptingAProposalTwiceAddsOneQuote() throws Exception {
		long article = addArticle("https://example.org/twice", "“We will win this one,” Jon Ossoff said.");
		Element item = review(article).select("li[id^=proposal-]").first();
		MockHttpServletRequestBuilder accept = post("/editor/articles/" + article + "/review/accept")
			.param("key", item.select("input[name=key]").val())
			.param("start", item.select("input[name=start]").val())
			.param("end", item.select("input[name=end]").val())
			.param("kind", "DIRECT")
			.param("speakerId", Long.toString(personId("Jon Ossoff")));
		// a double click sends the form twice
		send(accept).andExpect(status().is3xxRedirection());
		send(accept).andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("message", "proposals.alreadyMarked"));
		assertThat(quotesIn(article)).isEqualTo(1);
		send(post("/editor/articles/" + article + "/review/accept-all")).andExpect(status().is3xxRedirection());
		assertThat(quotesIn(article)).isEqualTo(1);
	}

	@Test
	void theProposalsListedForALookAreRejectedAtOnceAndTheSureOnesStay() throws Exception {
		long article = addArticle("https://example.org/reject-unsure",
				"“We will win this one,” Jon Ossoff said.\n\nJon Ossoff said the roads would come first.");
		assertThat(review(article).select("#reject-unsure").text()).isEqualTo("Reject this one");

		send(post("/editor/articles/" + article + "/review/reject-unsure")).andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("message", "proposals.rejectedUnsure"));

		assertThat(proposedWords(article)).containsExactly("We will win this one");
		assertThat(review(article).select("#reject-unsure")).isEmpty();
		assertThat(quotesIn(article)).isZero();
	}

	@Test
	void acceptingFromAPageOpenedBeforeACorrectionMarksTheProposedWords() throws Exception {
		String body = "“We will win this one,” Jon Ossoff said.";
		long article = addArticle("https://example.org/stale-review", body);
		Element accept = review(article).select("li[id^=proposal-] form[action$=/accept]").first();
		correct(article, "Editor's note: this story was updated.\n\n" + body);

		// the review page as it was before the correction, its Accept sent now
		MockHttpServletRequestBuilder stale = post("/editor/articles/" + article + "/review/accept");
		for (Element input : accept.select("input[type=hidden]")) {
			stale.param(input.attr("name"), input.val());
		}
		send(stale).andExpect(status().is3xxRedirection());
		String corrected = this.jdbc.queryForObject("select body from article where id = ?", String.class, article);
		assertThat(this.jdbc.queryForMap("select anchor_start, exact from quote where article_id = ?", article))
			.containsEntry("exact", "We will win this one")
			.containsEntry("anchor_start", corrected.indexOf("We will win this one"));
	}

	@Test
	void aRejectedProposalStaysRejectedWhenACorrectionMovesItsWords() throws Exception {
		String body = "“We will win this one,” Jon Ossoff said.\n\n“They have no plan for the roads,” Maria Delgado said.";
		long article = addArticle("https://example.org/reject-moved", body);
		reject(article, "We will win this one");
		correct(article, "Editor's note: this story was updated with a new first paragraph.\n\n" + body);

		assertThat(proposedWords(article)).containsExactly("They have no plan for the roads");
	}

	@Test
	void ofWordsSaidTwiceOnlyTheRejectedOnesStayRejectedAfterACorrection() throws Exception {
		String body = "“We will win this one,” Jon Ossoff said at a rally in Atlanta on Monday.\n\n"
				+ "“We will win this one,” Maria Delgado said after the debate on Tuesday.";
		long article = addArticle("https://example.org/reject-twice", body);
		assertThat(proposedWords(article)).containsExactly("We will win this one", "We will win this one");
		reject(article, "Maria Delgado");
		// after this, Ossoff's words are nearer than Delgado's to where hers were: only
		// their context tells them apart
		correct(article, "Editor's note: this story was updated.\n\n" + body);

		Document page = review(article);
		assertThat(page.select("li[id^=proposal-]")).hasSize(1);
		assertThat(page.select("li[id^=proposal-]").text()).contains("Jon Ossoff").doesNotContain("Maria Delgado");
	}

	@Test
	void aCorrectionThatRemovesRejectedWordsLeavesNoTrace() throws Exception {
		String kept = "“They have no plan for the roads,” Maria Delgado said.";
		long article = addArticle("https://example.org/reject-removed",
				"“We will win this one,” Jon Ossoff said.\n\n" + kept);
		reject(article, "We will win this one");
		correct(article, kept);

		assertThat(proposedWords(article)).containsExactly("They have no plan for the roads");
		// other words where the rejected ones were, as long as them, are proposed
		correct(article, "“We must win this one,” Jon Ossoff said.\n\n" + kept);
		assertThat(proposedWords(article)).containsExactly("We must win this one", "They have no plan for the roads");
	}

	@Test
	void rejectionsKeptByOffsetsInASessionStartedBeforeStillHold() throws Exception {
		String body = "“We will win this one,” Jon Ossoff said.\n\n“They have no plan for the roads,” Maria Delgado said.";
		long article = addArticle("https://example.org/reject-legacy", body);
		String key = review(article).select("li[id^=proposal-] input[name=key]").first().val();
		String id = new String(Base64.getDecoder().decode(Objects.requireNonNull(editorSession().cookie()).getValue()),
				StandardCharsets.UTF_8);
		// as sessions held rejections before: the proposals' keys, by offsets
		setAttribute(this.sessions, id, "review.rejected." + article, new HashSet<>(Set.of(key)));

		assertThat(proposedWords(article)).containsExactly("They have no plan for the roads");
		correct(article, "Editor's note: this story was updated.\n\n" + body);
		assertThat(proposedWords(article)).containsExactly("They have no plan for the roads");
	}

	@Test
	void correctingSpanKindAndSpeaker() throws Exception {
		String body = "“We are going to win this race,” Delgado said.";
		long article = addArticle("https://example.org/correct", body);
		Element item = review(article).select("li[id^=proposal-]").first();
		String key = item.select("input[name=key]").first().val();
		Document edit = Jsoup.parse(send(get("/editor/articles/" + article + "/review").param("edit", key)).andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(edit.select("input[name=start]").val()).isEqualTo("1");
		assertLabelled(edit);

		send(acceptEdited(article, key, "999", "DIRECT")).andExpect(status().isOk());
		assertThat(quotesIn(article)).isZero();

		send(acceptEdited(article, key, "30", "DIRECT").param("exact", "words that are not there"))
			.andExpect(status().isOk());
		assertThat(quotesIn(article)).isZero();

		// the exact words changed: the span moves to where they are
		send(acceptEdited(article, key, "30", "PARTIAL").param("exact", "going to win"))
			.andExpect(status().is3xxRedirection());
		assertThat(this.jdbc.queryForMap("select anchor_start, exact, kind from quote where article_id = ?", article))
			.containsEntry("anchor_start", body.indexOf("going to win"))
			.containsEntry("exact", "going to win")
			.containsEntry("kind", "PARTIAL");
	}

	@Test
	void formsNeedCsrfAndAnEditor() throws Exception {
		long article = addArticle("https://example.org/csrf", "“We will win this one,” Delgado said.");
		this.mvc.perform(post("/editor/articles/" + article + "/review/accept-all").with(editor()))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/editor/articles/" + article + "/review")).andExpect(status().is3xxRedirection());
		assertThat(quotesIn(article)).isZero();
	}

	private static void assertLabelled(Document page) {
		for (Element field : page.select("form input:not([type=hidden]), form select, form textarea")) {
			boolean wrapped = !field.parents().select("label").isEmpty();
			boolean labelled = !field.id().isEmpty() && !page.select("label[for=" + field.id() + "]").isEmpty();
			assertThat(wrapped || labelled).as(field.outerHtml()).isTrue();
		}
	}

	/**
	 * Accepting the proposal as corrected: from character 1 to {@code end}, said by Jon
	 * Ossoff.
	 */
	private MockHttpServletRequestBuilder acceptEdited(long article, String key, String end, String kind) {
		return post("/editor/articles/" + article + "/review/accept").param("key", key)
			.param("start", "1")
			.param("end", end)
			.param("kind", kind)
			.param("speakerId", Long.toString(personId("Jon Ossoff")));
	}

	/** Typed by the repository's own kind of session, which the test cannot name. */
	private static <S extends Session> void setAttribute(SessionRepository<S> sessions, String id, String name,
			Object value) {
		S session = sessions.findById(id);
		session.setAttribute(name, value);
		sessions.save(session);
	}

	/** Rejects the first proposal whose entry shows these words. */
	private void reject(long article, String words) throws Exception {
		for (Element item : review(article).select("li[id^=proposal-]")) {
			if (item.text().contains(words)) {
				send(post("/editor/articles/" + article + "/review/reject").param("key",
						item.select("input[name=key]").first().val()))
					.andExpect(redirectedUrlPattern("/editor/articles/" + article + "/review*"));
				return;
			}
		}
		throw new AssertionError("No proposal of " + words);
	}

	private List<String> proposedWords(long article) throws Exception {
		return review(article).select("li[id^=proposal-] input[name=exact]").eachAttr("value");
	}

	private void correct(long article, String body) throws Exception {
		Document correction = Jsoup
			.parse(send(get("/editor/articles/" + article + "/body")).andReturn().getResponse().getContentAsString());
		send(post("/editor/articles/" + article + "/body").param("version", correction.select("#version").val())
			.param("revision", correction.select("#revision").val())
			.param("body", body)).andExpect(status().is3xxRedirection());
	}

	private Document review(long article) throws Exception {
		return Jsoup.parse(send(get("/editor/articles/" + article + "/review")).andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	private ResultActions send(MockHttpServletRequestBuilder request) throws Exception {
		return editorSession().send(request);
	}

	private long addArticle(String url, String body) throws Exception {
		return editorSession().addArticle(url, body);
	}

	private EditorSession editorSession() {
		if (this.editorSession == null) {
			this.editorSession = new EditorSession(this.mvc, this.jdbc);
		}
		return this.editorSession;
	}

	private long count(String table) {
		return this.jdbc.queryForObject("select count(*) from " + table, Long.class);
	}

	private long quotesIn(long article) {
		return this.jdbc.queryForObject("select count(*) from quote where article_id = ?", Long.class, article);
	}

	private long personId(String name) {
		return this.jdbc.queryForObject("select id from person where name = ?", Long.class, name);
	}

	private static String resource(String path) throws Exception {
		try (InputStream in = ProposalReviewTest.class.getResourceAsStream(path)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	private static RequestPostProcessor editor() {
		return user("editor").roles("EDITOR");
	}

}
