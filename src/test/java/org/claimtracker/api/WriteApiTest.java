package org.claimtracker.api;

import java.util.List;

import org.claimtracker.Fixtures;
import org.claimtracker.account.AccountService;
import org.claimtracker.account.AccountView;
import org.claimtracker.account.ApiTokenService;
import org.claimtracker.account.Role;
import org.claimtracker.claim.Stance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Tools write with personal API tokens; versions travel as ETag / If-Match; every error
 * is a problem detail.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class WriteApiTest {

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

	AccountView owner;

	String token;

	@BeforeEach
	void token() {
		this.owner = this.accounts.add("toolsmith", "a tool's long password", Role.EDITOR);
		this.token = this.tokens.create("toolsmith", "importer");
	}

	@Test
	void writesNeedALiveTokenOfAnEnabledAccount() throws Exception {
		String claim = "{\"statement\": \"Taxes rose.\", \"kind\": \"FACTUAL\"}";
		this.mvc.perform(json(post("/api/v1/claims"), claim))
			.andExpect(status().isUnauthorized())
			.andExpect(header().string("WWW-Authenticate", "Bearer"))
			.andExpect(content().contentType("application/problem+json"));
		this.mvc.perform(json(post("/api/v1/claims"), claim).header("Authorization", "Bearer ct_not-a-token"))
			.andExpect(status().isUnauthorized())
			.andExpect(header().string("WWW-Authenticate", "Bearer error=\"invalid_token\""))
			.andExpect(jsonPath("$.detail",
					is("This API token does not work: it was revoked, its account is disabled, or it is not whole")));
		this.mvc.perform(json(post("/api/v1/claims"), claim).header("Authorization", "Bearer " + this.token))
			.andExpect(status().isCreated());
		this.accounts.setEnabled(this.owner.id(), false);
		this.mvc.perform(json(post("/api/v1/claims"), claim).header("Authorization", "Bearer " + this.token))
			.andExpect(status().isUnauthorized());
		this.accounts.setEnabled(this.owner.id(), true);
		this.tokens.revoke("toolsmith", this.tokens.tokensOf("toolsmith").get(0).id());
		this.mvc.perform(json(post("/api/v1/claims"), claim).header("Authorization", "Bearer " + this.token))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.detail",
					is("This API token does not work: it was revoked, its account is disabled, or it is not whole")));
		// a read with a dead token is still answered, as to anyone
		this.mvc.perform(get("/api/v1/claims").header("Authorization", "Bearer " + this.token))
			.andExpect(status().isOk());
		assertThat(this.jdbc.queryForObject("select token_hash from api_token limit 1", String.class)).hasSize(64)
			.doesNotContain(this.token);
	}

	@Test
	void unknownTopicsAndBadFormatsAreRefusedByName() throws Exception {
		long claims = this.jdbc.queryForObject("select count(*) from claim", Long.class);
		this.mvc
			.perform(authorized(json(post("/api/v1/claims"),
					"{\"statement\": \"Taxes rose.\", \"kind\": \"FACTUAL\", \"topicIds\": [99999]}")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().contentType("application/problem+json"))
			.andExpect(jsonPath("$.detail", is("topicIds 99999 does not exist")))
			.andExpect(jsonPath("$.errors[0].field", is("topicIds")));
		assertThat(this.jdbc.queryForObject("select count(*) from claim", Long.class)).isEqualTo(claims);
		String article = """
				{"title": "T", "outlet": "O", "published": "2024-05-01", "url": "ftp://example.org/a",
				 "body": "Text.", "format": "XML"}""";
		this.mvc.perform(authorized(json(post("/api/v1/articles"), article)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[?(@.field == 'format')].message", contains("Use PLAIN or HTML.")))
			.andExpect(jsonPath("$.errors[?(@.field == 'url')].message", contains(
					"Give the full address, starting with http:// or https://, with no spaces, quotation marks or angle brackets.")));
	}

	@Test
	void aBylineSentWithByIsStoredAsTheWritersNameAlone() throws Exception {
		String article = created("/api/v1/articles", """
				{"title": "T", "outlet": "O", "byline": "By Dana Whitfield", "published": "2024-05-06",
				 "url": "https://example.org/by", "body": "B"}""");
		long id = Long.parseLong(article.substring(article.lastIndexOf('/') + 1));
		assertThat(byline(id)).isEqualTo("Dana Whitfield");
		this.mvc.perform(authorized(json(put("/api/v1/articles/" + id), """
				{"title": "T", "outlet": "O", "byline": "by: Lee Ortiz", "published": "2024-05-06",
				 "url": "https://example.org/by"}""")).header("If-Match", "*")).andExpect(status().isNoContent());
		assertThat(byline(id)).isEqualTo("Lee Ortiz");
	}

	private String byline(long article) {
		return this.jdbc.queryForObject("select byline from article where id = ?", String.class, article);
	}

	@Test
	void peopleAreRevisedFromTheirVersion() throws Exception {
		long perdue = this.make.person("Davida Perdew");
		long ossoff = this.make.person("Jonah Ossowski");
		String etag = this.mvc.perform(get("/api/v1/people/" + perdue))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getHeader("ETag");
		String revised = "{\"name\": \" Davida  Perdew \", \"party\": \"Republican\", \"description\": \"Former senator\"}";
		this.mvc.perform(authorized(json(put("/api/v1/people/" + perdue), revised)))
			.andExpect(status().isPreconditionRequired());
		for (String blank : List.of(" ", "\\u00a0", "\\u200b")) {
			this.mvc
				.perform(authorized(json(put("/api/v1/people/" + perdue), "{\"name\": \"" + blank + "\"}"))
					.header("If-Match", etag))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field", is("name")));
		}
		this.mvc.perform(authorized(json(post("/api/v1/articles"),
				"""
						{"title": "T", "outlet": "\\u2007", "published": "2024-05-06", "url": "https://example.org/a", "body": "B"}""")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field", is("outlet")));
		// half of a character would be stored as "?"
		this.mvc
			.perform(authorized(json(put("/api/v1/people/" + perdue),
					"{\"name\": \"Davida Perdew\", \"description\": \"x\\ud800y\"}"))
				.header("If-Match", etag))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field", is("description")))
			.andExpect(jsonPath("$.errors[0].message", is("Text cannot hold half of a character (a lone surrogate).")));
		this.mvc
			.perform(authorized(json(put("/api/v1/people/" + perdue), "{\"name\": \"Davida Perdew \\ud83d\\ude00\"}"))
				.header("If-Match", etag))
			.andExpect(status().isNoContent());
		etag = "\"" + this.jdbc.queryForObject("select version from person where id = ?", Integer.class, perdue) + "\"";
		this.mvc.perform(authorized(json(put("/api/v1/people/" + perdue), revised)).header("If-Match", etag))
			.andExpect(status().isNoContent())
			.andExpect(header().exists("ETag"));
		this.mvc.perform(authorized(json(put("/api/v1/people/" + perdue), revised)).header("If-Match", etag))
			.andExpect(status().isPreconditionFailed())
			.andExpect(jsonPath("$.current.description", is("Former senator")));
		this.mvc.perform(get("/api/v1/people/" + perdue)).andExpect(jsonPath("$.description", is("Former senator")));
		this.mvc
			.perform(authorized(json(put("/api/v1/people/" + perdue), "{\"name\": \"jonah ossowski\"}"))
				.header("If-Match", "\"" + (Integer.parseInt(etag.replace("\"", "")) + 1) + "\""))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.existing", is("/api/v1/people/" + ossoff)));
		this.mvc.perform(authorized(json(put("/api/v1/people/987654321"), revised)).header("If-Match", "\"0\""))
			.andExpect(status().isNotFound());
		this.mvc.perform(json(put("/api/v1/people/" + perdue), revised).header("If-Match", etag))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void aValueOfTheWrongKindIsNamedByItsField() throws Exception {
		this.mvc.perform(authorized(json(post("/api/v1/articles"),
				"""
						{"title": "T", "outlet": "O", "published": "2024-13-45", "url": "https://example.org/a", "body": "B"}""")))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentType("application/problem+json"))
			.andExpect(jsonPath("$.errors[0].field", is("published")))
			.andExpect(jsonPath("$.errors[0].message", is("Give a date like 2024-05-06.")));
		this.mvc
			.perform(
					authorized(json(post("/api/v1/claims"), "{\"statement\": \"Taxes rose.\", \"kind\": \"SHOUTED\"}")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field", is("kind")))
			.andExpect(jsonPath("$.errors[0].message", is("Use one of POSITION, FACTUAL.")));
		this.mvc.perform(authorized(json(post("/api/v1/quotes"),
				"""
						{"articleId": 1, "speakerId": 1, "kind": "DIRECT", "selector": {"start": "abc", "end": 6, "exact": "x"}}""")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field", is("selector.start")))
			.andExpect(jsonPath("$.errors[0].message", is("Give a whole number.")));
		this.mvc.perform(authorized(json(post("/api/v1/claims"), "{\"statement\": 5, \"kind\": \"FACTUAL\"}")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field", is("statement")))
			.andExpect(jsonPath("$.errors[0].message", is("Give text.")));
		this.mvc.perform(authorized(json(post("/api/v1/claims"), "{\"statement\": true, \"kind\": \"FACTUAL\"}")))
			.andExpect(status().isBadRequest());
		this.mvc.perform(authorized(json(post("/api/v1/articles"), """
				{"title": "T", "outlet": "O", "published": 20240101, "url": "https://example.org/a", "body": "B"}""")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field", is("published")));
		this.mvc.perform(authorized(json(post("/api/v1/claims"), "{\"statement\": ")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail", is("The body is not JSON of the expected shape")));
	}

	@Test
	void claimVersionsTravelAsETags() throws Exception {
		String location = this.mvc
			.perform(
					authorized(json(post("/api/v1/claims"), "{\"statement\": \"Taxes rose.\", \"kind\": \"FACTUAL\"}")))
			.andExpect(status().isCreated())
			.andExpect(header().string("ETag", "\"0\""))
			.andReturn()
			.getResponse()
			.getHeader("Location");
		this.mvc.perform(get(location)).andExpect(status().isNotFound());
		this.mvc.perform(authorized(get(location)))
			.andExpect(status().isOk())
			.andExpect(header().string("ETag", startsWith("\"0.")));

		String revised = "{\"statement\": \"Taxes rose by 2%.\", \"kind\": \"FACTUAL\"}";
		this.mvc.perform(authorized(json(put(location), revised)).header("If-Match", "\"0\""))
			.andExpect(status().isNoContent())
			.andExpect(header().string("ETag", "\"1\""));
		this.mvc
			.perform(authorized(json(put(location), "{\"statement\": \"Lost update?\", \"kind\": \"FACTUAL\"}"))
				.header("If-Match", "\"0\""))
			.andExpect(status().isPreconditionFailed())
			.andExpect(content().contentType("application/problem+json"))
			.andExpect(jsonPath("$.current.statement", is("Taxes rose by 2%.")));
		this.mvc.perform(authorized(json(put(location), revised))).andExpect(status().isPreconditionRequired());
		this.mvc.perform(authorized(delete(location)).header("If-Match", "\"0\""))
			.andExpect(status().isPreconditionFailed());
		// If-Match compares strongly: a weak tag matches no version
		this.mvc.perform(authorized(delete(location)).header("If-Match", "W/\"1\""))
			.andExpect(status().isPreconditionFailed());
		this.mvc.perform(authorized(delete(location)).header("If-Match", "\"1\"")).andExpect(status().isNoContent());
		this.mvc.perform(authorized(get(location))).andExpect(status().isNotFound());
	}

	@Test
	void ifMatchStarChangesWhateverVersionIsThere() throws Exception {
		String location = created("/api/v1/claims", "{\"statement\": \"Taxes rose.\", \"kind\": \"FACTUAL\"}");
		String revised = "{\"statement\": \"Taxes rose by 2%.\", \"kind\": \"FACTUAL\"}";
		this.mvc.perform(authorized(json(put(location), revised)).header("If-Match", "\"0\""))
			.andExpect(status().isNoContent());
		// "*" matches any current version (RFC 9110, 13.1.1), however often it changed
		this.mvc
			.perform(authorized(json(put(location), "{\"statement\": \"Taxes fell.\", \"kind\": \"FACTUAL\"}"))
				.header("If-Match", "*"))
			.andExpect(status().isNoContent())
			.andExpect(header().string("ETag", "\"2\""));
		this.mvc.perform(authorized(get(location))).andExpect(jsonPath("$.statement", is("Taxes fell.")));
		long perdue = this.make.person("Davida Perdew");
		this.mvc
			.perform(authorized(json(put("/api/v1/people/" + perdue), "{\"name\": \"Davida Perdew\"}"))
				.header("If-Match", " * "))
			.andExpect(status().isNoContent());
		this.mvc.perform(authorized(delete(location)).header("If-Match", "*")).andExpect(status().isNoContent());
		// but it matches nothing where there is nothing
		this.mvc.perform(authorized(delete(location)).header("If-Match", "*")).andExpect(status().isNotFound());
		this.mvc.perform(authorized(json(put("/api/v1/claims/987654321"), revised)).header("If-Match", "*"))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.detail", is("No claim with id 987654321")));
		this.mvc.perform(authorized(delete("/api/v1/evidence/987654321")).header("If-Match", "*"))
			.andExpect(status().isNotFound());
	}

	@Test
	void articleDetailsAreRevisedFromTheirVersion() throws Exception {
		String article = """
				{"title": "Bridge plans", "outlet": "Valley Gazette", "published": "2024-05-06",
				 "url": "https://example.org/bridge", "body": "The bridge opens."}""";
		String location = created("/api/v1/articles", article);
		String revised = """
				{"title": " Bridge plans, corrected ", "outlet": "Hill Courier", "byline": "",
				 "published": "2024-05-07", "url": " https://example.org/bridge-2 "}""";
		this.mvc.perform(authorized(json(put(location), revised))).andExpect(status().isPreconditionRequired());
		this.mvc.perform(authorized(json(put(location), revised)).header("If-Match", "W/\"0\""))
			.andExpect(status().isPreconditionFailed());
		this.mvc
			.perform(authorized(json(put(location),
					"{\"title\": \"\", \"outlet\": \"O\", \"published\": \"2024-05-07\", \"url\": \"x\"}"))
				.header("If-Match", "\"0\""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("title", "url")));
		this.mvc
			.perform(authorized(json(put(location), revised.replace("2024-05-07", "-5000-05-07"))).header("If-Match",
					"\"0\""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].message", contains("Give a date in the year 1 or later.")));
		this.mvc.perform(authorized(json(put(location), revised)).header("If-Match", "\"0\""))
			.andExpect(status().isNoContent())
			.andExpect(header().string("ETag", "\"1\""));
		this.mvc.perform(authorized(json(put(location), revised)).header("If-Match", "\"0\""))
			.andExpect(status().isPreconditionFailed())
			.andExpect(jsonPath("$.current.title", is("Bridge plans, corrected")));
		this.mvc.perform(authorized(get(location)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.title", is("Bridge plans, corrected")))
			.andExpect(jsonPath("$.outlet.name", is("Hill Courier")))
			.andExpect(jsonPath("$.published", is("2024-05-07")))
			.andExpect(jsonPath("$.url", is("https://example.org/bridge-2")));
		String taken = this.jdbc.queryForObject("select url from article where id = ?", String.class, democrats().id());
		this.mvc
			.perform(authorized(json(put(location), revised.replace(" https://example.org/bridge-2 ", taken)))
				.header("If-Match", "\"1\""))
			.andExpect(status().isConflict());
	}

	@Test
	void aReadsTagChangesWithRelatedItemsWhileWritesGoByTheVersion() throws Exception {
		long article = democrats().publish().id();
		String read = this.mvc.perform(get("/api/v1/articles/" + article))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getHeader("ETag");
		this.mvc.perform(get("/api/v1/articles/" + article).header("If-None-Match", read))
			.andExpect(status().isNotModified());
		String quote = "{\"articleId\": %d, \"speakerId\": %d, \"kind\": \"PARTIAL\", \"selector\": {\"start\": 0, \"end\": 8, \"exact\": \"Democrat\"}}"
			.formatted(article, this.make.person(this.make.unique("Dee Mock")));
		this.mvc.perform(authorized(json(post("/api/v1/quotes"), quote))).andExpect(status().isCreated());
		// a quote added: the article's version is the same, its body is not
		String after = this.mvc.perform(authorized(get("/api/v1/articles/" + article)).header("If-None-Match", read))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.quotes[?(@.text == 'Democrat')]", hasSize(1)))
			.andReturn()
			.getResponse()
			.getHeader("ETag");
		assertThat(after).isNotEqualTo(read).startsWith(read.substring(0, read.indexOf('.') + 1));
		String details = this.mvc.perform(get("/api/v1/articles/" + article))
			.andReturn()
			.getResponse()
			.getContentAsString()
			.replaceAll("(?s).*?(\"title\".*?\"url\":\"[^\"]*\").*", "{$1}");
		String retitled = details.replace("\"title\":\"", "\"title\":\"Corrected: ");
		this.mvc.perform(authorized(json(put("/api/v1/articles/" + article), retitled)).header("If-Match", read))
			.andExpect(status().isNoContent());
		this.mvc.perform(authorized(json(put("/api/v1/articles/" + article), details)).header("If-Match", read))
			.andExpect(status().isPreconditionFailed());
	}

	@Test
	void quotesAreCheckedAgainstTheTextAndEvidenceLinksOnce() throws Exception {
		long article = democrats().id();
		long ossoff = this.make.person(this.make.unique("Dee Mock"));
		String mismatch = "{\"articleId\": %d, \"speakerId\": %d, \"kind\": \"PARTIAL\", \"selector\": {\"start\": 0, \"end\": 8, \"exact\": \"Not this\"}}"
			.formatted(article, ossoff);
		this.mvc.perform(authorized(json(post("/api/v1/quotes"), mismatch)))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentType("application/problem+json"));
		String good = "{\"articleId\": %d, \"speakerId\": %d, \"kind\": \"PARTIAL\", \"selector\": {\"start\": 0, \"end\": 8, \"exact\": \"Democrat\"}}"
			.formatted(article, ossoff);
		String quote = this.mvc.perform(authorized(json(post("/api/v1/quotes"), good)))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString()
			.replaceAll(".*\"id\":(\\d+).*", "$1");
		String link = "{\"quoteId\": %s, \"claimId\": %d, \"stance\": \"SUPPORTS\", \"rationale\": \"Test.\"}"
			.formatted(quote, this.make.claim(this.make.unique("Democrat leaders oppose the roads plan")));
		this.mvc.perform(authorized(json(post("/api/v1/evidence"), link))).andExpect(status().isCreated());
		this.mvc.perform(authorized(json(post("/api/v1/evidence"), link))).andExpect(status().isConflict());
	}

	@Test
	void aQuoteIsNotSaidAfterItsArticleNorTheArticleDatedBeforeIt() throws Exception {
		String article = """
				{"title": "Bridge dates", "outlet": "Valley Gazette", "published": "2024-05-06",
				 "url": "https://example.org/bridge-dates", "body": "The bridge opens in May."}""";
		String location = created("/api/v1/articles", article);
		String quote = "{\"articleId\": %s, \"speakerId\": %d, \"kind\": \"DIRECT\", \"saidOn\": \"%s\", \"selector\": {\"start\": 0, \"end\": 10, \"exact\": \"The bridge\"}}";
		String articleId = location.substring(location.lastIndexOf('/') + 1);
		long ossoff = this.make.person(this.make.unique("Jon Ossowski"));
		this.mvc.perform(authorized(json(post("/api/v1/quotes"), quote.formatted(articleId, ossoff, "2024-05-07"))))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentType("application/problem+json"))
			.andExpect(jsonPath("$.errors[0].field", is("saidOn")))
			.andExpect(jsonPath("$.errors[0].message",
					is("The article was published on 2024-05-06: it reports words said on that day or before.")));
		String saved = "select count(*) from quote where article_id = " + articleId;
		assertThat(this.jdbc.queryForObject(saved, Integer.class)).isZero();
		String id = this.mvc
			.perform(authorized(json(post("/api/v1/quotes"), quote.formatted(articleId, ossoff, "2024-05-06"))))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString()
			.replaceAll(".*\"id\":(\\d+).*", "$1");

		String redated = """
				{"title": "Bridge dates", "outlet": "Valley Gazette", "published": "2024-05-05",
				 "url": "https://example.org/bridge-dates"}""";
		this.mvc.perform(authorized(json(put(location), redated)).header("If-Match", "*"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentType("application/problem+json"))
			.andExpect(jsonPath("$.errors[0].field", is("published")))
			.andExpect(jsonPath("$.errors[0].message",
					startsWith("Quote " + id + " of this article was said after this date, the latest on 2024-05-06:")))
			.andExpect(jsonPath("$.quotes", contains("/api/v1/quotes/" + id)));
		this.mvc.perform(authorized(get(location))).andExpect(jsonPath("$.published", is("2024-05-06")));
	}

	/** A link without a stance would lean one way by default: none is assumed. */
	@Test
	void evidenceWithoutAStanceIsRefusedNamingTheField() throws Exception {
		long quote = democrats().quote("federal money for the roads plan is wasted",
				this.make.person(this.make.unique("Dee Mock")));
		long opposes = this.make.claim(this.make.unique("Democrat leaders oppose the roads plan"));
		long evidence = this.make.evidence(quote, opposes, Stance.SUPPORTS);
		String claim = created("/api/v1/claims", "{\"statement\": \"Taxes rose.\", \"kind\": \"FACTUAL\"}");
		String links = "select count(*) from evidence where quote_id = " + quote;
		long before = this.jdbc.queryForObject(links, Long.class);
		String link = "{\"quoteId\": %d, \"claimId\": %s, %s\"rationale\": \"Test.\"}";
		for (String stance : List.of("", "\"stance\": null, ")) {
			this.mvc
				.perform(authorized(json(post("/api/v1/evidence"),
						link.formatted(quote, claim.substring(claim.lastIndexOf('/') + 1), stance))))
				.andExpect(status().isBadRequest())
				.andExpect(content().contentType("application/problem+json"))
				.andExpect(jsonPath("$.errors[*].field", contains("stance")))
				.andExpect(jsonPath("$.errors[0].message",
						is("Give the stance, SUPPORTS or CONTRADICTS: none is assumed.")));
		}
		assertThat(this.jdbc.queryForObject(links, Long.class)).isEqualTo(before);

		String stance = "select stance from evidence where id = " + evidence;
		String saved = this.jdbc.queryForObject(stance, String.class);
		this.mvc
			.perform(authorized(json(put("/api/v1/evidence/" + evidence), "{\"rationale\": \"Test.\"}"))
				.header("If-Match", "*"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", contains("stance")))
			.andExpect(
					jsonPath("$.errors[0].message", is("Give the stance, SUPPORTS or CONTRADICTS: none is assumed.")));
		assertThat(this.jdbc.queryForObject(stance, String.class)).isEqualTo(saved);
	}

	@Test
	void anIdInTheBodyThatNamesNothingIs422NamingItsField() throws Exception {
		Fixtures.Article democrats = democrats();
		long article = democrats.id();
		long ossoff = this.make.person(this.make.unique("Dee Mock"));
		long claim = this.make.claim(this.make.unique("Democrat leaders oppose the roads plan"));
		long quote = democrats.quote("federal money for the roads plan is wasted", ossoff);
		String evidence = "{\"quoteId\": %d, \"claimId\": %d, \"stance\": \"SUPPORTS\", \"rationale\": \"Test.\"}";
		String quoteBody = "{\"articleId\": %d, \"speakerId\": %d, \"kind\": \"PARTIAL\", \"selector\": {\"start\": 0, \"end\": 8, \"exact\": \"Democrat\"}}";
		String claimBody = "{\"statement\": \"Taxes rose.\", \"kind\": \"FACTUAL\", \"subjectId\": %d}";
		long quotes = this.jdbc.queryForObject("select count(*) from quote", Long.class);
		unknown(post("/api/v1/evidence"), evidence.formatted(999999, claim), "quoteId");
		unknown(post("/api/v1/evidence"), evidence.formatted(quote, 999999), "claimId");
		unknown(post("/api/v1/quotes"), quoteBody.formatted(999999, ossoff), "articleId");
		unknown(post("/api/v1/quotes"), quoteBody.formatted(article, 999999), "speakerId");
		unknown(post("/api/v1/claims"), claimBody.formatted(999999), "subjectId");
		assertThat(this.jdbc.queryForObject("select count(*) from quote", Long.class)).isEqualTo(quotes);
		String version = "select version from claim where id = " + claim;
		int before = this.jdbc.queryForObject(version, Integer.class);
		this.mvc
			.perform(authorized(json(put("/api/v1/claims/" + claim), claimBody.formatted(999999))).header("If-Match",
					"\"" + before + "\""))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field", is("subjectId")));
		assertThat(this.jdbc.queryForObject(version, Integer.class)).isEqualTo(before);
		// the address's own item missing is still 404, whatever the body names
		this.mvc
			.perform(authorized(json(put("/api/v1/claims/999999"), claimBody.formatted(999999))).header("If-Match",
					"\"0\""))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.detail", is("No claim with id 999999")));
	}

	@Test
	void invalidBodiesAreProblemDetailsNamingTheFields() throws Exception {
		this.mvc.perform(authorized(json(post("/api/v1/claims"), "{\"statement\": \" \"}")))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentType("application/problem+json"))
			.andExpect(jsonPath("$.errors", hasSize(2)));
		this.mvc.perform(authorized(json(post("/api/v1/claims"), "{not json")))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentType("application/problem+json"));
		this.mvc.perform(authorized(json(post("/api/v1/articles"),
				"{\"title\": \"T\", \"outlet\": \"O\", \"published\": \"2020-12-30\", \"url\": \"%s\", \"body\": \"B\"}"
					.formatted(this.jdbc.queryForObject("select url from article limit 1", String.class)))))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.existing").exists());
	}

	/** A write whose body names the missing item 999999 in that field. */
	private void unknown(MockHttpServletRequestBuilder request, String body, String field) throws Exception {
		this.mvc.perform(authorized(json(request, body)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().contentType("application/problem+json"))
			.andExpect(jsonPath("$.title", is("Unprocessable Content")))
			.andExpect(jsonPath("$.detail", is(field + " 999999 does not exist")))
			.andExpect(jsonPath("$.errors[0].field", is(field)))
			.andExpect(jsonPath("$.errors[0].message", startsWith("No ")));
	}

	/** A draft article whose first 8 characters are "Democrat". */
	private Fixtures.Article democrats() {
		return this.make.article("Democrat leaders said federal money for the roads plan is wasted.");
	}

	private MockHttpServletRequestBuilder authorized(MockHttpServletRequestBuilder request) {
		return request.header("Authorization", "Bearer " + this.token);
	}

	private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
		return request.contentType(MediaType.APPLICATION_JSON).content(body);
	}

	/** Creates an item through the API and answers its address. */
	private String created(String path, String body) throws Exception {
		return this.mvc.perform(authorized(json(post(path), body)))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getHeader("Location");
	}

}
