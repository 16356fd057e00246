package org.claimtracker.search;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.claimtracker.article.ArticleService;
import org.claimtracker.article.NewArticle;
import org.claimtracker.claim.ClaimDraft;
import org.claimtracker.claim.ClaimKind;
import org.claimtracker.claim.ClaimService;
import org.claimtracker.claim.TopicService;
import org.claimtracker.claim.Topic;
import org.claimtracker.person.PersonService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * For readers, what exists only in drafts does not exist: a filter naming a draft's
 * outlet, speaker, party, topic or claim is answered exactly as one naming nothing, on
 * every page and API route that filters, while editors still find their drafts.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class DraftOnlyFiltersTest {

	/** Stands for the name in both answers, so that they can be compared whole. */
	private static final String NAME = "§NAME§";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ArticleService articles;

	@Autowired
	PersonService people;

	@Autowired
	ClaimService claims;

	@Autowired
	TopicService topics;

	long outlet;

	long person;

	long topic;

	long claim;

	@BeforeEach
	void drafts() {
		// an outlet named only by a draft article, a person only quoted in drafts, a
		// topic
		// and a claim still in draft
		long article = this.articles.create(new NewArticle("A draft", "Secret Outlet", null, LocalDate.of(2021, 1, 2),
				"https://example.org/drafts/secret", "Words in a draft."));
		this.outlet = this.jdbc.queryForObject("select outlet_id from article where id = ?", Long.class, article);
		this.person = this.people.speakerNamed("Secretia Hiddenworth", "Clandestine Party").getId();
		this.topic = this.topics.add(new Topic("covert-affairs", "Covert Affairs")).getId();
		this.claim = this.claims
			.create(new ClaimDraft("A claim still in draft.", ClaimKind.POSITION, this.person, Set.of(this.topic)));
	}

	@Test
	void searchFiltersNamingOnlyDraftsAreAnsweredAsUnknownNames() throws Exception {
		for (String route : List.of("/search", "/api/v1/quotes", "/api/v1/quotes?page=1")) {
			String and = route.contains("?") ? "&" : "?";
			sameAsUnknown(route + and + "outlet=", "Secret Outlet", "Nowhere Gazette");
			sameAsUnknown(route + and + "outlet=", Long.toString(this.outlet), "987654321");
			sameAsUnknown(route + and + "speaker=", "Secretia Hiddenworth", "Zzyzx Qwertyuiop");
			sameAsUnknown(route + and + "party=", "Clandestine Party", "Whig Party Revival");
			sameAsUnknown(route + and + "topic=", "covert-affairs", "astrology-zodiac");
			sameAsUnknown(route + and + "topic=", "Covert Affairs", "Astrology Zodiac");
			sameAsUnknown(route + and + "claim=", Long.toString(this.claim), "987654321");
		}
	}

	@Test
	void listFiltersNamingOnlyDraftsAreAnsweredAsUnknownNames() throws Exception {
		sameAsUnknown("/claims?topic=", "covert-affairs", "astrology-zodiac");
		sameAsUnknown("/claims?subject=", Long.toString(this.person), "987654321");
		sameAsUnknown("/api/v1/claims?topic=", "covert-affairs", "astrology-zodiac");
		sameAsUnknown("/api/v1/claims?subject=", Long.toString(this.person), "987654321");
		sameAsUnknown("/articles?outlet=", Long.toString(this.outlet), "987654321");
		sameAsUnknown("/api/v1/articles?outlet=", Long.toString(this.outlet), "987654321");
		// the API's filters take names and ids alike, and neither tells a draft from
		// nothing
		sameAsUnknown("/api/v1/claims?subject=", "Secretia Hiddenworth", "Zzyzx Qwertyuiop");
		sameAsUnknown("/api/v1/claims?topic=", "Covert Affairs", "Astrology Zodiac");
		sameAsUnknown("/api/v1/claims?topic=", Long.toString(this.topic), "987654321");
		sameAsUnknown("/api/v1/articles?outlet=", "Secret Outlet", "Nowhere Gazette");
		for (String route : List.of("/api/v1/quotes", "/api/v1/quotes?page=1")) {
			String and = route.contains("?") ? "&" : "?";
			sameAsUnknown(route + and + "speaker=", Long.toString(this.person), "987654321");
			sameAsUnknown(route + and + "topic=", Long.toString(this.topic), "987654321");
		}
	}

	@Test
	void editorsStillFindTheirDrafts() throws Exception {
		for (String query : List.of("outlet=Secret Outlet", "outlet=" + this.outlet, "speaker=Secretia Hiddenworth",
				"party=Clandestine Party", "topic=covert-affairs", "claim=" + this.claim)) {
			assertThat(this.mvc.perform(get("/search?" + query).with(user("ed").roles("EDITOR")))
				.andReturn()
				.getResponse()
				.getStatus()).as(query).isEqualTo(200);
		}
		assertThat(this.mvc.perform(get("/articles?outlet=" + this.outlet).with(user("ed").roles("EDITOR")))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(200);
	}

	/**
	 * Asked by a reader, the draft's name and a name nothing has get the same status, the
	 * same type of content and the same body, but for the name itself.
	 */
	private void sameAsUnknown(String prefix, String draft, String unknown) throws Exception {
		// the API answers JSON only, whatever a client accepts
		List<String> accepts = prefix.startsWith("/api/") ? List.of("application/json", "*/*")
				: List.of("text/html", "application/json");
		for (String accept : accepts) {
			MockHttpServletResponse forDraft = ask(prefix + draft, accept);
			MockHttpServletResponse forUnknown = ask(prefix + unknown, accept);
			String what = accept + " " + prefix + draft;
			assertThat(forUnknown.getStatus()).as(what).isBetween(400, 499);
			assertThat(forDraft.getStatus()).as(what).isEqualTo(forUnknown.getStatus());
			assertThat(forDraft.getContentType()).as(what).isEqualTo(forUnknown.getContentType());
			assertThat(body(forDraft, draft)).as(what).isEqualTo(body(forUnknown, unknown));
		}
	}

	private MockHttpServletResponse ask(String address, String accept) throws Exception {
		return this.mvc.perform(get(address).header("Accept", accept)).andReturn().getResponse();
	}

	/**
	 * The body with the name, as given or as in an address, in place of the name: whole,
	 * so that an id such as 8 is not taken out of "UTF-8".
	 */
	private static String body(MockHttpServletResponse response, String name) throws Exception {
		String body = response.getContentAsString();
		for (String written : List.of(name, name.replace(" ", "+"), name.replace(" ", "%20"))) {
			body = body.replaceAll("(?<![\\w.+-])" + Pattern.quote(written) + "(?![\\w+-])", NAME);
		}
		return body;
	}

}
