package org.claimtracker.editor;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.claimtracker.Fixtures;
import org.claimtracker.article.NewArticle;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Annotations from Hypothesis through the import page: a file that is none comes back
 * beside the field; an export's report lists what was proposed and every row not taken;
 * the review screen shows the imported annotations with their tags and notes, and takes
 * them as quotes or rejects them like any proposal.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class HypothesisImportPageTest {

	private static final String URL = "https://www.example-gazette.org/2020/12/ossoff-ice-287g/";

	@RegisterExtension
	final Fixtures make = new Fixtures();

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Nullable EditorSession session;

	@Test
	void aFileThatIsNoExportComesBackBesideTheField() throws Exception {
		Document empty = page(this.mvc
			.perform(multipart("/editor/imports/hypothesis")
				.file(new MockMultipartFile("file", "", "application/octet-stream", new byte[0]))
				.with(user("editor").roles("EDITOR"))
				.with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andReturn());
		assertThat(empty.select("#file-error").text()).isEqualTo("Choose the file of a Hypothesis export.");
		assertThat(empty.select("#hypothesis-file").attr("aria-invalid")).isEqualTo("true");

		Document wrong = page(this.mvc.perform(multipart("/editor/imports/hypothesis")
			.file(new MockMultipartFile("file", "notes.json", "application/json",
					"[\"just\", \"words\"]".getBytes(StandardCharsets.UTF_8)))
			.with(user("editor").roles("EDITOR"))
			.with(csrf())).andExpect(status().isUnprocessableContent()).andReturn());
		assertThat(wrong.select("#file-error").text())
			.isEqualTo("The file's rows must be annotations, that is JSON objects");
		assertThat(wrong.select("table.imports, p.meta").isEmpty()).isFalse();
	}

	@Test
	void theReportListsEveryRowAndTheReviewScreenShowsTheNotes() throws Exception {
		long article = this.make
			.article(new NewArticle("Ossoff says ICE's 287(g) program should focus on criminals",
					this.make.unique("Example Gazette"), null, LocalDate.of(2020, 12, 15), URL,
					resource("gazette-article.txt")))
			.id();
		MvcResult upload = this.mvc.perform(multipart("/editor/imports/hypothesis")
			.file(new MockMultipartFile("file", "export.json", "application/json",
					resource("search-export.json").getBytes(StandardCharsets.UTF_8)))
			.with(user("editor").roles("EDITOR"))
			.with(csrf())).andExpect(redirectedUrl("/editor/imports/hypothesis")).andReturn();
		Document report = page(this.mvc
			.perform(get("/editor/imports/hypothesis").cookie(upload.getResponse().getCookie("SESSION"))
				.with(user("editor").roles("EDITOR")))
			.andExpect(status().isOk())
			.andReturn());
		assertThat(report.select("p.notice").text())
			.isEqualTo("7 annotations read: 3 proposed as quotes, 0 imported before, 4 not taken.");
		List<Element> tables = report.select("table.imports");
		assertThat(tables.get(0).select("tbody tr")).hasSize(3);
		assertThat(tables.get(0).select("a").attr("href")).isEqualTo("/editor/articles/" + article + "/review");
		assertThat(tables.get(1).select("tbody tr").eachText()).anyMatch((row) -> row
			.startsWith("Mv5pUq7eEeuSv5wUi6vE https://www.example.com/politics/2020/12/another-story.html no article"));
		this.mvc.perform(get("/editor/imports/hypothesis").with(user("editor").roles("EDITOR")))
			.andExpect(redirectedUrl("/editor/imports"));

		Document review = review(article);
		List<Element> imported = review.select("li[id^=proposal-]")
			.stream()
			.filter((li) -> !li.select(".badge:contains(from Hypothesis)").isEmpty())
			.toList();
		assertThat(imported).hasSize(3);
		Element ossoff = imported.stream()
			.filter((li) -> li.select("blockquote").text().startsWith("I think that federal"))
			.findFirst()
			.orElseThrow();
		assertThat(ossoff.select("p.notes").text())
			.isEqualTo("The annotator's tags and note: #immigration #287g — Check against his 2017 remarks on 287(g).");
		Element perdue = imported.stream()
			.filter((li) -> li.select("blockquote").text().startsWith("We will keep"))
			.findFirst()
			.orElseThrow();
		assertThat(perdue.select("p.notes").text()).isEqualTo("The annotator's tags and note: #Perdue");

		// taken as a quote, an imported proposal is done; rejected, it is gone too
		long speaker = this.make.person(this.make.unique("David Perdue"));
		MockHttpServletRequestBuilder accept = post("/editor/articles/" + article + "/review/accept");
		for (Element input : perdue.select("form.accept-form input[type=hidden]")) {
			accept.param(input.attr("name"), input.val());
		}
		if (perdue.select("form.accept-form input[name=speakerId]").isEmpty()) {
			accept.param("speakerId", Long.toString(speaker));
		}
		send(accept.param("confirm", "true")).andExpect(status().is3xxRedirection());
		assertThat(this.jdbc.queryForList("select exact from quote where article_id = ?", String.class, article))
			.singleElement()
			.satisfies((exact) -> assertThat(exact).startsWith("We will keep our communities safe."));
		Element pipeline = review(article).select("li[id^=proposal-]")
			.stream()
			.filter((li) -> li.select("blockquote").text().equals("a pipeline to deportation"))
			.findFirst()
			.orElseThrow();
		send(post("/editor/articles/" + article + "/review/reject").param("key",
				pipeline.select("input[name=key]").first().val()))
			.andExpect(status().is3xxRedirection());
		List<String> left = review(article).select("li[id^=proposal-] blockquote").eachText();
		assertThat(left).noneMatch((t) -> t.startsWith("We will keep") || t.equals("a pipeline to deportation"));
		assertThat(left).anyMatch((t) -> t.startsWith("I think that federal"));
	}

	private Document review(long article) throws Exception {
		return page(send(get("/editor/articles/" + article + "/review")).andExpect(status().isOk()).andReturn());
	}

	private org.springframework.test.web.servlet.ResultActions send(MockHttpServletRequestBuilder request)
			throws Exception {
		if (this.session == null) {
			this.session = new EditorSession(this.mvc, this.jdbc);
		}
		return this.session.send(request);
	}

	private static Document page(MvcResult result) throws Exception {
		return Jsoup.parse(result.getResponse().getContentAsString());
	}

	private static String resource(String name) throws Exception {
		try (InputStream in = HypothesisImportPageTest.class.getResourceAsStream("/hypothesis/" + name)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
