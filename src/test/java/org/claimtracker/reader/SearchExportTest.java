package org.claimtracker.reader;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.claimtracker.DemoIds;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The same search as CSV and as JSON, every hit; bad filters as problem details. */
@SpringBootTest
@AutoConfigureMockMvc
class SearchExportTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	DemoIds ids;

	@BeforeEach
	void ids() {
		this.ids = new DemoIds(this.jdbc);
	}

	@Test
	void csvHasAHeaderAndOneRowPerHit() throws Exception {
		MvcResult started = this.mvc.perform(get("/search.csv?q=immigration&sort=oldest"))
			.andExpect(request().asyncStarted())
			.andReturn();
		String csv = this.mvc.perform(asyncDispatch(started))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("text/csv"))
			.andExpect(header().string("Content-Disposition", containsString("quotes.csv")))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(csv).as("byte order mark, for Excel").startsWith("\uFEFFid,said_on,");
		List<CSVRecord> rows = rows(csv);
		List<Long> expected = this.jdbc.queryForList(
				"select id from quote where search_vector @@ to_tsquery('english', 'immigration') order by id",
				Long.class);
		assertThat(rows.stream().map((r) -> Long.parseLong(r.get("id")))).containsExactlyElementsOf(expected);
		CSVRecord first = rows.get(0);
		assertThat(first.get("speaker")).isEqualTo("Jon Ossoff");
		assertThat(first.get("party")).isEqualTo("Democratic");
		assertThat(first.get("outlet")).isEqualTo("Breitbart News");
		// no claimtracker.public-url and no proxy here: the app's own address
		assertThat(first.get("permalink")).isEqualTo("http://localhost:8080/quotes/" + first.get("id"));
		assertThat(first.get("text")).startsWith("I think that federal immigration law");
		assertThat(first.get("claims")).contains("SUPPORTS: ").contains("(http://localhost:8080/claims/");
		assertThat(first.get("citation")).startsWith("Jon Ossoff, quoted in John Binder");
	}

	/**
	 * A client names any host it likes: links made from it would send whoever opens the
	 * shared file there. Without a proxy to vouch for the address, it is not used.
	 */
	@Test
	void csvLinksDoNotGoWhereTheRequestsHostSays() throws Exception {
		MvcResult started = this.mvc
			.perform(get("/search.csv?q=immigration").header(HttpHeaders.HOST, "evil.example")
				.header("X-Forwarded-Host", "evil.example")
				.header("X-Forwarded-Proto", "https"))
			.andExpect(request().asyncStarted())
			.andReturn();
		String csv = this.mvc.perform(asyncDispatch(started))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(csv).doesNotContain("evil.example");
		List<CSVRecord> rows = rows(csv);
		assertThat(rows).isNotEmpty()
			.allSatisfy((row) -> assertThat(row.get("permalink"))
				.isEqualTo("http://localhost:8080/quotes/" + row.get("id")));
	}

	@Test
	void citationsOnPagesAndInTheApiDoNotGoWhereTheRequestsHostSays() throws Exception {
		long quote = this.jdbc.queryForObject("select min(id) from quote where status = 'PUBLISHED'", Long.class);
		for (String address : List.of("/quotes/" + quote, "/search?q=immigration", "/api/v1/quotes?q=immigration")) {
			MvcResult answer = this.mvc
				.perform(get(address).header(HttpHeaders.HOST, "evil.example")
					.header("X-Forwarded-Host", "evil.example"))
				.andReturn();
			if (answer.getRequest().isAsyncStarted()) {
				answer = this.mvc.perform(asyncDispatch(answer)).andReturn();
			}
			String body = answer.getResponse().getContentAsString(StandardCharsets.UTF_8);
			assertThat(body).as(address).contains("http://localhost:8080/quotes/").doesNotContain("evil.example");
		}
	}

	@Test
	void editorsExportWhatReadersSee() throws Exception {
		long quote = this.jdbc.queryForObject(
				"select min(id) from quote where search_vector @@ to_tsquery('english', 'immigration')", Long.class);
		this.jdbc.update("update quote set status = 'DRAFT' where id = ?", quote);
		try {
			String page = this.mvc.perform(get("/search?q=immigration&size=100").with(user("ed").roles("EDITOR")))
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(page).as("the editor's page shows the draft").contains("id=\"hit-" + quote + "\"");
			// a file is shared beyond the newsroom, where a draft's permalink leads
			// nowhere
			MvcResult started = this.mvc.perform(get("/search.csv?q=immigration").with(user("ed").roles("EDITOR")))
				.andExpect(request().asyncStarted())
				.andReturn();
			List<CSVRecord> rows = rows(this.mvc.perform(asyncDispatch(started))
				.andReturn()
				.getResponse()
				.getContentAsString(StandardCharsets.UTF_8));
			assertThat(rows).isNotEmpty().noneMatch((r) -> r.get("id").equals(Long.toString(quote)));
		}
		finally {
			this.jdbc.update("update quote set status = 'PUBLISHED' where id = ?", quote);
		}
	}

	@Test
	void csvLeavesTheSaidDateEmptyWhenItIsUnknown() throws Exception {
		MvcResult started = this.mvc.perform(get("/search.csv?speaker=Chuck Schumer")).andReturn();
		String csv = this.mvc.perform(asyncDispatch(started))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		CSVRecord bigPicture = rows(csv).stream()
			.filter((r) -> r.get("text").startsWith("The big picture is this"))
			.findFirst()
			.orElseThrow();
		assertThat(bigPicture.get("said_on")).isEmpty();
		assertThat(bigPicture.get("published")).isEqualTo("2020-12-30");
		MvcResult json = this.mvc.perform(get("/api/v1/quotes?speaker=Chuck Schumer")).andReturn();
		this.mvc.perform(asyncDispatch(json))
			.andExpect(jsonPath("$.items[?(@.id == " + this.ids.quote("The big picture is this") + ")].saidOn",
					contains(nullValue())));
	}

	@Test
	void bothExportsCarryEachQuotesKindAndCiteItAsWhatItIs() throws Exception {
		long paraphrase = this.ids.quote("Ossoff said he opposed");
		long partial = this.ids.quote("Ossoff said he would back");
		long direct = this.ids.quote("I think that federal");
		String retrieved = ", retrieved "
				+ DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH).format(LocalDate.now()) + ".";
		MvcResult started = this.mvc.perform(get("/search.csv?speaker=Jon Ossoff")).andReturn();
		Map<String, CSVRecord> csv = new HashMap<>();
		for (CSVRecord row : rows(this.mvc.perform(asyncDispatch(started))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8))) {
			csv.put(row.get("id"), row);
		}
		CSVRecord paraphrased = csv.get(Long.toString(paraphrase));
		assertThat(paraphrased.get("kind")).isEqualTo("PARAPHRASE");
		assertThat(paraphrased.get("citation")).startsWith("Jon Ossoff, paraphrased (not quoted) in John Binder, ")
			.endsWith("ClaimTracker, http://localhost:8080/quotes/" + paraphrase + retrieved);
		CSVRecord partly = csv.get(Long.toString(partial));
		assertThat(partly.get("kind")).isEqualTo("PARTIAL");
		// the speaker's own words keep their quotation marks
		assertThat(partly.get("text")).contains("a “path to legal status” for all");
		assertThat(partly.get("citation")).startsWith("Jon Ossoff, quoted in part in John Binder, ");
		assertThat(csv.get(Long.toString(direct)).get("citation")).startsWith("Jon Ossoff, quoted in John Binder, ")
			.endsWith("ClaimTracker, http://localhost:8080/quotes/" + direct + retrieved);

		for (String address : List.of("/api/v1/quotes?speaker=Jon Ossoff",
				"/api/v1/quotes?speaker=Jon Ossoff&page=1")) {
			MvcResult json = this.mvc.perform(get(address)).andReturn();
			this.mvc.perform(asyncDispatch(json))
				.andExpect(jsonPath("$.items[?(@.id == " + paraphrase + ")].kind", contains("PARAPHRASE")))
				.andExpect(jsonPath("$.items[?(@.id == " + paraphrase + ")].permalink",
						contains("http://localhost:8080/quotes/" + paraphrase)))
				.andExpect(jsonPath("$.items[?(@.id == " + paraphrase + ")].citation",
						contains(paraphrased.get("citation"))))
				.andExpect(jsonPath("$.items[?(@.id == " + partial + ")].kind", contains("PARTIAL")))
				.andExpect(jsonPath("$.items[?(@.id == " + partial + ")].text", contains(partly.get("text"))))
				.andExpect(jsonPath("$.items[?(@.id == " + partial + ")].citation", contains(partly.get("citation"))));
		}
	}

	@Test
	void jsonStreamsEveryHitInTheDocumentedShape() throws Exception {
		MvcResult started = this.mvc.perform(get("/api/v1/quotes?q=opposes&sort=oldest"))
			.andExpect(request().asyncStarted())
			.andReturn();
		long q1 = this.ids.quote("I think that federal");
		this.mvc.perform(asyncDispatch(started))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("application/json"))
			.andExpect(jsonPath("$.total", is(2)))
			.andExpect(jsonPath("$.page", is(1)))
			.andExpect(jsonPath("$.size", is(2)))
			.andExpect(jsonPath("$.items", hasSize(2)))
			.andExpect(jsonPath("$.items[0].id", is((int) q1)))
			.andExpect(jsonPath("$.items[0].kind", is("DIRECT")))
			.andExpect(jsonPath("$.items[0].speaker.name", is("Jon Ossoff")))
			.andExpect(jsonPath("$.items[0].speaker.party", is("Democratic")))
			.andExpect(jsonPath("$.items[0].article.outlet.name", is("Breitbart News")))
			.andExpect(jsonPath("$.items[0].article.published", is("2020-12-30")))
			.andExpect(jsonPath("$.items[0].article.url", containsString("breitbart.com")))
			.andExpect(jsonPath("$.items[0].saidOn", is("2020-12-30")))
			.andExpect(jsonPath("$.items[0].snippet", containsString("oppose")))
			.andExpect(jsonPath("$.items[0].matches[0].length()", is(2)))
			.andExpect(jsonPath("$.items[0].claims[0].stance").exists())
			.andExpect(jsonPath("$.items[0].claims[0].statement").exists())
			.andExpect(jsonPath("$.facets.speaker[0].label", is("Jon Ossoff")))
			.andExpect(jsonPath("$.facets.speaker[0].count", is(2)))
			.andExpect(jsonPath("$.facets.year[0].value", is("2020")));
	}

	@Test
	void jsonPagesWhenAskedAndCapsTheSize() throws Exception {
		MvcResult started = this.mvc.perform(get("/api/v1/quotes?outlet=Breitbart News&page=2&size=3"))
			.andExpect(request().asyncStarted())
			.andReturn();
		this.mvc.perform(asyncDispatch(started))
			.andExpect(jsonPath("$.total", is(8)))
			.andExpect(jsonPath("$.page", is(2)))
			.andExpect(jsonPath("$.size", is(3)))
			.andExpect(jsonPath("$.items", hasSize(3)));
		this.mvc.perform(get("/api/v1/quotes?q=x&page=1&size=101"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.parameter", is("size")));
	}

	@Test
	void aSearchForNothingFindsNothingWhetherPagedOrExported() throws Exception {
		for (String address : List.of("/api/v1/quotes?page=1", "/api/v1/quotes")) {
			MvcResult started = this.mvc.perform(get(address)).andExpect(request().asyncStarted()).andReturn();
			this.mvc.perform(asyncDispatch(started))
				.andExpect(jsonPath("$.total", is(0)))
				.andExpect(jsonPath("$.items", hasSize(0)));
		}
		MvcResult started = this.mvc.perform(get("/search.csv")).andReturn();
		String csv = this.mvc.perform(asyncDispatch(started)).andReturn().getResponse().getContentAsString();
		assertThat(rows(csv)).isEmpty();
	}

	@Test
	void badFiltersAreProblemDetailsNamingTheParameter() throws Exception {
		this.mvc.perform(get("/api/v1/quotes?party=Whig"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(jsonPath("$.parameter", is("party")))
			.andExpect(jsonPath("$.detail", containsString("Whig")));
		this.mvc.perform(get("/api/v1/quotes?from=2021-01-01&to=2020-01-01"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.parameter", is("from")));
		this.mvc.perform(get("/api/v1/quotes?from=soon")).andExpect(jsonPath("$.parameter", is("from")));
		this.mvc.perform(get("/api/v1/quotes?q=amnesty&page=5"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(jsonPath("$.parameter", is("page")))
			.andExpect(jsonPath("$.detail", containsString("1 page")));
		this.mvc.perform(get("/search.csv?kind=shouted"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("kind")));
	}

	/**
	 * The CSV's rows by column name; the byte order mark is not part of the first name.
	 */
	private static List<CSVRecord> rows(String csv) throws IOException {
		return CSVFormat.RFC4180.builder()
			.setHeader()
			.setSkipHeaderRecord(true)
			.get()
			.parse(new StringReader(csv.substring(1)))
			.getRecords();
	}

}
