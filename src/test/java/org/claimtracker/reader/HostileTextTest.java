package org.claimtracker.reader;

import java.time.LocalDate;

import org.claimtracker.article.Article;
import org.claimtracker.article.ArticleService;
import org.claimtracker.common.Publication;
import org.claimtracker.person.Person;
import org.claimtracker.person.PersonService;
import org.claimtracker.quote.Quote;
import org.claimtracker.quote.QuoteKind;
import org.claimtracker.quote.QuoteService;
import org.claimtracker.quote.TextAnchor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Stored text is hostile input: pages show it as text, never as markup. Rolled back after
 * each test.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class HostileTextTest {

	static final String SCRIPT = "<script>alert(1)</script>";

	static final String ATTRIBUTE = "\"><img src=x onerror=alert(1)>";

	@Autowired
	MockMvc mvc;

	@Autowired
	ArticleService articles;

	@Autowired
	PersonService people;

	@Autowired
	QuoteService quotes;

	@Test
	void articleQuoteAndPersonRenderAsText() throws Exception {
		String body = "He said " + SCRIPT + " and then " + ATTRIBUTE + " — 𝒰𝓃𝒾𝒸ℴ𝒹ℯ 👩🏽‍⚖️ e\u0301\u202Eevil";
		Article article = this.articles.add(this.articles.outletNamed(ATTRIBUTE, Publication.PUBLISHED), SCRIPT,
				ATTRIBUTE, LocalDate.of(2024, 1, 2), "https://example.org/hostile\"onmouseover=alert(1)", body,
				Publication.PUBLISHED);
		Person speaker = this.people.add(SCRIPT, ATTRIBUTE, null, Publication.PUBLISHED);
		int start = body.indexOf(SCRIPT);
		Quote quote = new Quote(article, speaker, QuoteKind.DIRECT, null, ATTRIBUTE,
				TextAnchor.of(body, start, start + SCRIPT.length()));
		quote.setStatus(Publication.PUBLISHED);
		this.quotes.add(quote);

		for (String path : new String[] { "/articles/" + article.getId(), "/quotes/" + quote.getId(),
				"/people/" + speaker.getId(), "/", "/articles", "/search?q=alert" }) {
			assertInert(path, get(path));
		}
		// the search's results alone, as htmx asks for them, come from a template of
		// their
		// own
		assertInert("search results", get("/search?q=alert").header("HX-Request", "true"));
	}

	private void assertInert(String page, MockHttpServletRequestBuilder request) throws Exception {
		String html = this.mvc.perform(request.accept(MediaType.TEXT_HTML))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).as(page).doesNotContain(SCRIPT).doesNotContain("<img src=x").contains("&lt;script&gt;");
	}

}
