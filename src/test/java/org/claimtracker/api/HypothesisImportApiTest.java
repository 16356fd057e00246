package org.claimtracker.api;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.claimtracker.Fixtures;
import org.claimtracker.account.AccountService;
import org.claimtracker.account.ApiTokenService;
import org.claimtracker.account.Role;
import org.claimtracker.article.NewArticle;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A Hypothesis search export, in the shape Hypothesis's API answers, imported through the
 * API: the annotations of an article already here become proposals in its review queue,
 * found by exact words, other quote marks and spaces, or alike words near their position;
 * words not in the article, an unknown address, a page note and a reply are reported row
 * by row; importing it again proposes nothing twice.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class HypothesisImportApiTest {

	static final String URL = "https://www.example-gazette.org/2020/12/ossoff-ice-287g/";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@RegisterExtension
	final Fixtures make = new Fixtures();

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountService accounts;

	@Autowired
	ApiTokenService tokens;

	@Autowired
	JdbcTemplate jdbc;

	String token;

	@BeforeEach
	void token() {
		this.accounts.add("annotator", "an annotator's long password", Role.EDITOR);
		this.token = this.tokens.create("annotator", "hypothesis");
	}

	/** The article the export annotates, at the address Hypothesis names another way. */
	static long gazetteArticle(Fixtures make) throws IOException {
		return make.article(new NewArticle("Ossoff says ICE's 287(g) program should focus on criminals",
				make.unique("Example Gazette"), null, LocalDate.of(2020, 12, 15), URL, resource("gazette-article.txt")))
			.id();
	}

	static String resource(String name) throws IOException {
		try (InputStream in = HypothesisImportApiTest.class.getResourceAsStream("/hypothesis/" + name)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	@Test
	void matchingRowsBecomeProposalsAndEveryOtherRowIsReported() throws Exception {
		long article = gazetteArticle(this.make);
		String export = resource("search-export.json");

		JsonNode report = JSON.readTree(this.mvc
			.perform(post("/api/v1/imports/hypothesis").contentType(MediaType.APPLICATION_JSON)
				.content(export)
				.header("Authorization", "Bearer " + this.token))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("application/json"))
			.andReturn()
			.getResponse()
			.getContentAsString());

		assertThat(report.path("rows").asInt()).isEqualTo(7);
		assertThat(report.path("alreadyImported").asInt()).isZero();
		List<JsonNode> proposed = report.path("proposed").valueStream().toList();
		assertThat(proposed).extracting((p) -> p.path("id").asString())
			.containsExactly("Hx7kQm1aEeuOx1sQe2xA", "Jy2mRn4bEeuPy2tRf3yB", "Kz3nSo5cEeuQz3uSg4zC");
		assertThat(proposed).extracting((p) -> p.path("how").asString()).containsExactly("exact", "loose", "fuzzy");
		assertThat(proposed).allSatisfy((p) -> assertThat(p.path("articleId").asLong()).isEqualTo(article));
		String body = this.jdbc.queryForObject("select body from article where id = ?", String.class, article);
		assertThat(proposed).extracting((p) -> body.substring(p.path("start").asInt(), p.path("end").asInt()))
			.containsExactly("I think that federal immigration enforcement should focus on serious criminals,",
					"We will keep our communities safe.”", "a pipeline to deportation");

		List<JsonNode> problems = report.path("problems").valueStream().toList();
		assertThat(problems).extracting((p) -> p.path("id").asString() + ": " + p.path("reason").asString())
			.containsExactly(
					"Lw4oTp6dEeuRw4vTh5wD: the annotated words are not in the article's text: “Ossoff said he would end the program on his first day”",
					"Mv5pUq7eEeuSv5wUi6vE: no article in ClaimTracker has this address",
					"Nu6qVr8fEeuTu6xVj7uF: no TextQuoteSelector: a page note, or an annotation of no words of the article",
					"Ot7rWs9gEeuUt7yWk8tG: a reply to another annotation, not an annotation of the article's words");
		assertThat(problems.get(1).path("uri").asString())
			.isEqualTo("https://www.example.com/politics/2020/12/another-story.html");

		assertThat(this.jdbc.queryForList(
				"select note || ' ' || array_to_string(tags, ',') from imported_annotation where article_id = ? order by anchor_start",
				String.class, article))
			.containsExactly("Check against his 2017 remarks on 287(g). immigration,287g", " Perdue",
					"A pipeline: whose words are these? quote-check");
		assertThat(this.jdbc.queryForObject("select proposals from proposal_queue where article_id = ?", Integer.class,
				article))
			.isEqualTo(3);

		// the same export again, as a file: nothing proposed twice
		this.mvc
			.perform(
					multipart("/api/v1/imports/hypothesis")
						.file(new MockMultipartFile("file", "export.json", "application/json",
								export.getBytes(StandardCharsets.UTF_8)))
						.header("Authorization", "Bearer " + this.token))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.proposed.length()").value(0))
			.andExpect(jsonPath("$.alreadyImported").value(3))
			.andExpect(jsonPath("$.problems.length()").value(4));
		assertThat(this.jdbc.queryForObject("select count(*) from imported_annotation where article_id = ?",
				Integer.class, article))
			.isEqualTo(3);
		assertThat(this.jdbc.queryForObject("select proposals from proposal_queue where article_id = ?", Integer.class,
				article))
			.isEqualTo(3);
	}

	@Test
	void onlyEditorsWithATokenImportAndWhatIsNoExportIsAProblem() throws Exception {
		this.mvc
			.perform(post("/api/v1/imports/hypothesis").contentType(MediaType.APPLICATION_JSON)
				.content("{\"rows\": []}"))
			.andExpect(status().isUnauthorized());
		this.mvc
			.perform(post("/api/v1/imports/hypothesis").contentType(MediaType.APPLICATION_JSON)
				.content("{not json")
				.header("Authorization", "Bearer " + this.token))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith("The file is not JSON")));
		this.mvc
			.perform(post("/api/v1/imports/hypothesis").contentType(MediaType.APPLICATION_JSON)
				.content("{\"articles\": []}")
				.header("Authorization", "Bearer " + this.token))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("\"rows\"")));
		this.mvc
			.perform(post("/api/v1/imports/hypothesis").contentType(MediaType.APPLICATION_JSON)
				.content("{\"total\": 1, \"rows\": [42]}")
				.header("Authorization", "Bearer " + this.token))
			.andExpect(status().isBadRequest());
		this.mvc
			.perform(post("/api/v1/imports/hypothesis").contentType(MediaType.APPLICATION_JSON)
				.content(new byte[] { '{', (byte) 0xC3, '}' })
				.header("Authorization", "Bearer " + this.token))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("UTF-8")));
		this.mvc
			.perform(post("/api/v1/imports/hypothesis").contentType(MediaType.APPLICATION_JSON)
				.content("{\"total\": 0, \"rows\": []}")
				.header("Authorization", "Bearer " + this.token))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.rows").value(0));
	}

}
