package org.claimtracker.editor;

import jakarta.servlet.http.Cookie;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Publishing shows a checklist first (proposals still to review, quotes linked to no
 * claim, new people still drafts), publishes only once confirmed, and says when the
 * article is already published.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class PublishChecklistTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	Cookie session;

	@Test
	void theChecklistSaysWhatIsLeftAndPublishingWaitsForConfirmation() throws Exception {
		send(post("/editor/articles").param("title", "Publish me")
			.param("outlet", "The Example Gazette")
			.param("publishedOn", "2024-05-07")
			.param("url", "https://example.org/checklist")
			.param("format", "PLAIN")
			.param("body",
					"“We will win this one,” Jon Ossoff said.\n\n"
							+ "“We will not hold anyone for ICE,” Gwinnett County Sheriff Keybo Taylor said.\n\n"
							+ "“Turnout decides it,” Jon Ossoff said on Tuesday."))
			.andExpect(status().is3xxRedirection());
		long article = this.jdbc.queryForObject("select id from article where url = 'https://example.org/checklist'",
				Long.class);
		accept(article, "proposal-1");
		accept(article, "proposal-1");

		Document checklist = page(get("/editor/articles/" + article + "/publish"));
		assertThat(checklist.select("h1").text()).isEqualTo("Publish: Publish me");
		assertThat(checklist.title()).startsWith("Publish: Publish me — ");
		assertThat(checklist.select(".notice[role=status]")).isEmpty();
		String items = checklist.select(".checklist").text();
		assertThat(items).contains("One proposed quote is still to review", "2 quotes of 2 are linked to no claim:",
				"We will win this one", "We will not hold anyone for ICE", "Keybo Taylor Gwinnett County Sheriff");
		assertThat(checklist.select(".checklist a[href$=/review]")).hasSize(1);
		assertThat(checklist.select("form[action$=/publish] input[name=confirm]").val()).isEqualTo("true");
		// the article's own page leads there, not straight to publishing
		assertThat(page(get("/editor/articles/" + article)).select("form[action$=/publish]").attr("method"))
			.isEqualTo("get");

		// a form sent without the confirmation shows the checklist and publishes nothing
		page(post("/editor/articles/" + article + "/publish"));
		assertThat(statusOf(article)).isEqualTo("DRAFT");

		send(post("/editor/articles/" + article + "/publish").param("confirm", "true"))
			.andExpect(redirectedUrl("/editor/articles/" + article))
			.andExpect(flash().attribute("message", "editor.article.published"));
		assertThat(statusOf(article)).isEqualTo("PUBLISHED");
		assertThat(this.jdbc.queryForObject("select status from person where name = 'Keybo Taylor'", String.class))
			.isEqualTo("PUBLISHED");

		checklist = page(get("/editor/articles/" + article + "/publish"));
		assertThat(checklist.select(".notice[role=status]").text()).startsWith("This article is already published.");
		assertThat(checklist.select("#publish-confirm").text()).isEqualTo("Publish what was added");
		assertThat(checklist.select(".checklist").text()).contains("No new people");
		send(post("/editor/articles/" + article + "/publish").param("confirm", "true"))
			.andExpect(flash().attribute("message", "editor.article.republished"));
	}

	@Test
	void fromTheReviewScreenTheChecklistAndPublishingComeInPlace() throws Exception {
		send(post("/editor/articles").param("title", "Publish me in place")
			.param("outlet", "The Example Gazette")
			.param("publishedOn", "2024-05-07")
			.param("url", "https://example.org/checklist-in-place")
			.param("format", "PLAIN")
			.param("body", "“We will win this one,” Jon Ossoff said.")).andExpect(status().is3xxRedirection());
		long article = this.jdbc
			.queryForObject("select id from article where url = 'https://example.org/checklist-in-place'", Long.class);
		accept(article, "proposal-1");
		Document review = page(get("/editor/articles/" + article + "/review"));
		assertThat(review.select("#publishing")).hasSize(1);
		assertThat(review.select("#publish-link").attr("data-hx-get"))
			.isEqualTo("/editor/articles/" + article + "/publish");

		String html = send(get("/editor/articles/" + article + "/publish").header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).doesNotContain("<html");
		Element checklist = Jsoup.parseBodyFragment(html).body().child(0);
		assertThat(checklist.id()).isEqualTo("publishing");
		assertThat(checklist.attr("data-focus")).isEqualTo("publishing");
		assertThat(checklist.select(".checklist").text()).contains("No proposed quotes are left to review.",
				"One quote of 1 is linked to no claim:");

		html = send(
				post("/editor/articles/" + article + "/publish").param("confirm", "true").header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		Element published = Jsoup.parseBodyFragment(html).body().child(0);
		assertThat(published.select("[role=status]").text())
			.isEqualTo("The article, its quotes, claim appearances and evidence links are published.");
		assertThat(published.select("#publish-confirm").text()).isEqualTo("Publish what was added");
		assertThat(statusOf(article)).isEqualTo("PUBLISHED");
	}

	/** Accepts the proposal as proposed, confirming a new speaker. */
	private void accept(long article, String id) throws Exception {
		Element item = page(get("/editor/articles/" + article + "/review")).getElementById(id);
		MockHttpServletRequestBuilder accept = post("/editor/articles/" + article + "/review/accept");
		for (Element input : item.select("form.accept-form input[type=hidden]")) {
			accept.param(input.attr("name"), input.val());
		}
		send(accept.param("confirm", "true")).andExpect(status().is3xxRedirection());
	}

	private String statusOf(long article) {
		return this.jdbc.queryForObject("select status from article where id = ?", String.class, article);
	}

	private Document page(MockHttpServletRequestBuilder request) throws Exception {
		return Jsoup.parse(send(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
	}

	private ResultActions send(MockHttpServletRequestBuilder request) throws Exception {
		request.with(user("editor").roles("EDITOR")).with(csrf());
		if (this.session != null) {
			request.cookie(this.session);
		}
		ResultActions result = this.mvc.perform(request);
		Cookie cookie = result.andReturn().getResponse().getCookie("SESSION");
		if (cookie != null) {
			this.session = cookie;
		}
		return result;
	}

}
