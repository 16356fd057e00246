package org.claimtracker.editor;

import java.util.HashSet;
import java.util.Set;

import org.claimtracker.claim.ClaimDraft;
import org.claimtracker.claim.ClaimKind;
import org.claimtracker.claim.ClaimService;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The review screen without friction: with htmx each action answers with the part of the
 * screen that changes and says where the focus goes; without JavaScript the same forms
 * come back to the proposal the editor was at. Accepting all takes only the confident
 * proposals with a speaker, and a new person comes with the role and party the article
 * gives them.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class ReviewInPlaceTest {

	private static final String THREE = "“We will win this one,” Jon Ossoff said.\n\n"
			+ "“They have no plan for the roads,” Jon Ossoff said.\n\n"
			+ "“Turnout will decide it,” Jon Ossoff said on Tuesday.";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ClaimService claims;

	@Nullable EditorSession editorSession;

	@Test
	void theScreenLoadsItsScriptsFromFilesAndShowsTheKeys() throws Exception {
		long article = addArticle("https://example.org/in-place-page", THREE);
		Document page = review(article, false);
		assertThat(page.select("script[src*='htmx.min.js']")).hasSize(1);
		assertThat(page.select("script[src*='/js/review']")).hasSize(1);
		assertThat(page.select("script:not([src])")).isEmpty();
		assertThat(page.select("[style]")).isEmpty();
		// the keys work only with JavaScript, which shows their help line
		assertThat(page.select("#review-keys[hidden]").text()).contains("j next", "a accept", "r reject",
				"e correct the speaker");
		assertThat(page.select("#review[data-hx-target='#review']")).hasSize(1);
		assertThat(page.select("li.proposal[tabindex='-1']")).hasSize(3);
		for (Element form : page.select("#review form[method=post]")) {
			assertThat(form.attr("data-hx-post")).isEqualTo(form.attr("action"));
		}
		assertValid(page);
	}

	@Test
	void withHtmxAcceptingAnswersWithTheScreenInPlaceFocusedOnTheNextProposal() throws Exception {
		long article = addArticle("https://example.org/in-place-accept", THREE);
		Element second = review(article, false).getElementById("proposal-2");

		MvcResult answer = send(htmx(accepting(article, second))).andExpect(status().isOk()).andReturn();
		String html = answer.getResponse().getContentAsString();
		assertThat(html).doesNotContain("<html", "<header");
		Element part = Jsoup.parseBodyFragment(html).body().child(0);
		assertThat(part.id()).isEqualTo("review");
		assertThat(part.attr("data-focus")).isEqualTo("proposal-2");
		assertThat(part.select(".notice[role=status]").text()).isEqualTo("The quote was added as a draft.");
		assertThat(part.select("li.proposal blockquote").eachText()).containsExactly("We will win this one",
				"Turnout will decide it");
		assertThat(this.jdbc.queryForObject("select exact from quote where article_id = ?", String.class, article))
			.isEqualTo("They have no plan for the roads");
	}

	@Test
	void withHtmxRejectingTheLastProposalFocusesTheOneBeforeIt() throws Exception {
		long article = addArticle("https://example.org/in-place-reject", THREE);
		Document page = review(article, false);
		Element part = fragment(send(htmx(post("/editor/articles/" + article + "/review/reject").param("key",
				page.select("#proposal-3 input[name=key]").val()))));
		assertThat(part.attr("data-focus")).isEqualTo("proposal-2");
		assertThat(part.select(".notice[role=status]").text()).isEqualTo("The proposal was rejected.");
		assertThat(part.select("li.proposal")).hasSize(2);

		part = fragment(send(htmx(post("/editor/articles/" + article + "/review/reject").param("key",
				part.select("#proposal-1 input[name=key]").val()))));
		part = fragment(send(htmx(post("/editor/articles/" + article + "/review/reject").param("key",
				part.select("#proposal-1 input[name=key]").val()))));
		// nothing left: the focus goes to the list's heading, and the way on is offered
		assertThat(part.attr("data-focus")).isEqualTo("proposals-heading");
		assertThat(part.select("a[href='/editor/articles/" + article + "']").text()).startsWith("Go on to the article");
	}

	@Test
	void withoutJavaScriptTheFormsComeBackToTheNextProposal() throws Exception {
		long article = addArticle("https://example.org/in-place-plain", THREE);
		Document page = review(article, false);
		send(accepting(article, page.getElementById("proposal-1")))
			.andExpect(redirectedUrl("/editor/articles/" + article + "/review#proposal-1"));
		send(post("/editor/articles/" + article + "/review/reject").param("key",
				review(article, false).select("#proposal-2 input[name=key]").val()))
			.andExpect(redirectedUrl("/editor/articles/" + article + "/review#proposal-1"));
		assertThat(review(article, false).select("li.proposal blockquote").eachText())
			.containsExactly("They have no plan for the roads");
	}

	@Test
	void withHtmxCorrectingOpensTheFormInPlaceAtTheSpeaker() throws Exception {
		long article = addArticle("https://example.org/in-place-edit", THREE);
		String key = review(article, false).select("#proposal-2 input[name=key]").val();
		ResultActions answer = send(htmx(get("/editor/articles/" + article + "/review").param("edit", key)))
			.andExpect(status().isOk())
			.andExpect(header().stringValues("Vary", org.hamcrest.Matchers.hasItem("HX-Request")));
		Element part = fragment(answer);
		assertThat(part.attr("data-focus")).isEqualTo("speaker-2");
		assertThat(part.select("#proposal-2 select#speaker-2")).hasSize(1);
		assertValid(Jsoup.parse(part.outerHtml()));

		// a correction that leaves no speaker comes back with the form, its speaker
		// marked
		Element wrong = fragment(send(htmx(post("/editor/articles/" + article + "/review/accept").param("key", key)
			.param("start", part.select("#start-2").val())
			.param("end", part.select("#end-2").val())
			.param("kind", "DIRECT"))));
		assertThat(wrong.attr("data-focus")).isEqualTo("proposal-2");
		assertThat(wrong.select("#speaker-2[aria-invalid=true]")).hasSize(1);
		assertThat(quotesIn(article)).isZero();

		// accepted with a shorter span, the proposal itself is done with too
		Element done = fragment(send(htmx(post("/editor/articles/" + article + "/review/accept").param("key", key)
			.param("exact", "no plan for the roads")
			.param("start", part.select("#start-2").val())
			.param("end", part.select("#end-2").val())
			.param("kind", "PARTIAL")
			.param("speakerId", Long.toString(personId("Jon Ossoff"))))));
		assertThat(done.select("li.proposal blockquote").eachText()).containsExactly("We will win this one",
				"Turnout will decide it");
		assertThat(this.jdbc.queryForObject("select exact from quote where article_id = ?", String.class, article))
			.isEqualTo("no plan for the roads");
	}

	@Test
	void acceptingAllTakesOnlyConfidentProposalsWithASpeakerAndListsTheRest() throws Exception {
		long article = addArticle("https://example.org/in-place-all",
				"“We will win this one,” Jon Ossoff said.\n\nJon Ossoff said he would fix the roads by spring.\n\n"
						+ "“She will lose,” an aide said.");
		Document page = review(article, false);
		assertThat(page.select("li.proposal")).hasSize(3);
		assertThat(page.select("#accept-all").text()).isEqualTo("Accept the one proposal");
		// the paraphrase's span is the extractor's guess (60 %), the aide is no one named
		assertThat(page.select(".for-a-look li").eachText()).containsExactly("#2 Jon Ossoff speaker or span 60% sure",
				"#3 an aide unnamed source");

		Element part = fragment(send(htmx(post("/editor/articles/" + article + "/review/accept-all"))));
		assertThat(part.select(".notice[role=status]").text())
			.isEqualTo("1 quote was added as a draft. 2 proposals are left for a look.");
		assertThat(quotesIn(article)).isEqualTo(1);
		assertThat(part.select("li.proposal")).hasSize(2);
		assertThat(part.select(".for-a-look li")).hasSize(2);
		assertThat(part.attr("data-focus")).isEqualTo("proposal-1");
		assertThat(part.select("#accept-all")).isEmpty();
	}

	@Test
	void aNewPersonComesWithTheRoleAndPartyTheArticleGivesThem() throws Exception {
		long article = addArticle("https://example.org/in-place-role",
				"“We will not hold anyone for ICE,” Gwinnett County Sheriff Keybo Taylor said.\n\n"
						+ "“The law is clear,” Taylor said, a Democrat.\n\n"
						+ "Democrat Keybo Taylor took office in 2021.");
		Document page = review(article, false);
		Element first = page.getElementById("proposal-1");
		assertThat(first.select("strong").text()).isEqualTo("Keybo Taylor");
		assertThat(first.text()).contains("Role in the article: Gwinnett County Sheriff",
				"Party in the article: Democratic", "New person");
		assertThat(first.select("input[name=newRole]").val()).isEqualTo("Gwinnett County Sheriff");
		assertThat(first.select("input[name=newParty]").val()).isEqualTo("Democratic");

		// correcting shows them in fields, for the editor to change
		Document edit = Jsoup.parse(send(
				get("/editor/articles/" + article + "/review").param("edit", first.select("input[name=key]").val()))
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(edit.select("#role-1").val()).isEqualTo("Gwinnett County Sheriff");
		assertThat(edit.select("#party-1").val()).isEqualTo("Democratic");
		assertValid(edit);

		// accepting without ticking the box asks first, with the form open at the box
		Element asked = fragment(send(htmx(accepting(article, first))));
		assertThat(asked.attr("data-focus")).isEqualTo("confirm-1");
		assertThat(asked.select("[role=alert]").text()).contains("Keybo Taylor");
		assertThat(count("select count(*) from person where name = 'Keybo Taylor'")).isZero();

		send(htmx(accepting(article, first).param("confirm", "true"))).andExpect(status().isOk());
		assertThat(this.jdbc.queryForMap("select party, description, status from person where name = 'Keybo Taylor'"))
			.containsEntry("party", "Democratic")
			.containsEntry("description", "Gwinnett County Sheriff")
			.containsEntry("status", "DRAFT");
		// "Taylor" is the same person, now known
		Element second = review(article, false).getElementById("proposal-1");
		assertThat(second.select("strong").text()).isEqualTo("Keybo Taylor");
		assertThat(second.select(".badge.draft")).isEmpty();
	}

	@Test
	void anAcceptedQuoteIsLinkedFromTheScreenToTheClaimsMostLikeItOrToANewOne() throws Exception {
		long roads = this.claims.create(new ClaimDraft("Nobody in the race has offered a plan for fixing the roads.",
				ClaimKind.FACTUAL, null, Set.of()));
		this.claims.create(new ClaimDraft("Grocery taxes will double next year.", ClaimKind.FACTUAL, null, Set.of()));
		long article = addArticle("https://example.org/in-place-link", THREE);
		send(accepting(article, review(article, false).getElementById("proposal-2")))
			.andExpect(status().is3xxRedirection());
		long quote = this.jdbc.queryForObject("select id from quote where article_id = ?", Long.class, article);
		Element accepted = review(article, false).getElementById("quote-" + quote);
		assertThat(accepted.text()).contains("They have no plan for the roads", "Linked to no claim");
		assertThat(accepted.select("a.link-link").attr("data-hx-get")).endsWith("link=" + quote);

		Element part = fragment(
				send(htmx(get("/editor/articles/" + article + "/review").param("link", Long.toString(quote)))));
		// the editor writes why at once, and says which way with the button that links
		assertThat(part.attr("data-focus")).isEqualTo("rationale-" + quote);
		Element panel = part.getElementById("link-" + quote);
		assertThat(panel.select("form[action$=/review/link] button[name=stance]").eachAttr("value"))
			.containsExactly("SUPPORTS", "CONTRADICTS");
		assertThat(panel.select("input[name=stance]")).isEmpty();
		assertThat(panel.select(".in-context").text()).isEqualTo("“They have no plan for the roads,” Jon Ossoff said.");
		// the most alike first, its statement whole
		assertThat(panel.select(".claim-choice").first().text())
			.startsWith("Nobody in the race has offered a plan for fixing the roads.");
		assertThat(panel.select(".claim-choice input").first().val()).isEqualTo(Long.toString(roads));
		assertThat(panel.select(".claim-choice input[checked]").eachAttr("value"))
			.containsExactly(Long.toString(roads));
		assertValid(Jsoup.parse(part.outerHtml()));

		// no stance chosen: the panel comes back with the reason, nothing linked
		Element refused = fragment(
				send(htmx(post("/editor/articles/" + article + "/review/link").param("quoteId", Long.toString(quote))
					.param("claimId", Long.toString(roads))
					.param("rationale", "Says there is no plan."))));
		assertThat(refused.getElementById("link-" + quote).select(".field-error").text())
			.contains("Choose whether the quote supports or contradicts the claim.");
		assertThat(count("select count(*) from evidence where quote_id = " + quote)).isZero();

		Element linked = fragment(
				send(htmx(post("/editor/articles/" + article + "/review/link").param("quoteId", Long.toString(quote))
					.param("claimId", Long.toString(roads))
					.param("stance", "SUPPORTS")
					.param("rationale", "Says there is no plan."))));
		assertThat(linked.attr("data-focus")).isEqualTo("quote-" + quote);
		assertThat(linked.select(".notice[role=status]").text())
			.isEqualTo("The quote was linked to the claim as a draft.");
		assertThat(linked.getElementById("quote-" + quote).text()).contains("Linked to one claim");

		// a new claim, written there: a position is the speaker's
		send(post("/editor/articles/" + article + "/review/claim").param("quoteId", Long.toString(quote))
			.param("statement", "Jon Ossoff says his rival has no plan for the roads.")
			.param("kind", "POSITION")
			.param("stance", "SUPPORTS")
			.param("rationale", "He says so in these words."))
			.andExpect(redirectedUrl("/editor/articles/" + article + "/review#quote-" + quote));
		assertThat(this.jdbc.queryForMap("""
				select c.kind, p.name from claim c join person p on p.id = c.subject_id
				where c.statement = 'Jon Ossoff says his rival has no plan for the roads.'"""))
			.containsEntry("kind", "POSITION")
			.containsEntry("name", "Jon Ossoff");
		assertThat(count("select count(*) from evidence where quote_id = " + quote)).isEqualTo(2);
	}

	private MockHttpServletRequestBuilder accepting(long article, Element item) {
		MockHttpServletRequestBuilder accept = post("/editor/articles/" + article + "/review/accept");
		for (Element input : item.select("form.accept-form input[type=hidden]")) {
			accept.param(input.attr("name"), input.val());
		}
		return accept;
	}

	private static MockHttpServletRequestBuilder htmx(MockHttpServletRequestBuilder request) {
		return request.header("HX-Request", "true");
	}

	private static Element fragment(ResultActions answer) throws Exception {
		String html = answer.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(html).doesNotContain("<html");
		Element part = Jsoup.parseBodyFragment(html).body().child(0);
		assertThat(part.id()).isEqualTo("review");
		return part;
	}

	/** No id twice, and every field labelled. */
	private static void assertValid(Document page) {
		Set<String> ids = new HashSet<>();
		for (Element element : page.select("[id]")) {
			assertThat(ids.add(element.id())).as("id " + element.id() + " once").isTrue();
		}
		for (Element field : page.select("input:not([type=hidden]), select, textarea")) {
			boolean wrapped = !field.parents().select("label").isEmpty();
			boolean labelled = !field.id().isEmpty() && !page.select("label[for=" + field.id() + "]").isEmpty();
			assertThat(wrapped || labelled).as(field.outerHtml()).isTrue();
		}
		for (Element label : page.select("label[for]")) {
			assertThat(page.getElementById(label.attr("for"))).as(label.outerHtml()).isNotNull();
		}
	}

	private Document review(long article, boolean htmx) throws Exception {
		MockHttpServletRequestBuilder request = get("/editor/articles/" + article + "/review");
		return Jsoup.parse(send(htmx ? htmx(request) : request).andExpect(status().isOk())
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

	private long quotesIn(long article) {
		return count("select count(*) from quote where article_id = " + article);
	}

	private long count(String sql) {
		return this.jdbc.queryForObject(sql, Long.class);
	}

	private long personId(String name) {
		return this.jdbc.queryForObject("select id from person where name = ?", Long.class, name);
	}

}
