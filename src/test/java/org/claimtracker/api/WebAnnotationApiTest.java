package org.claimtracker.api;

import java.util.ArrayList;
import java.util.List;

import org.claimtracker.DemoIds;
import org.claimtracker.Fixtures;
import org.claimtracker.claim.Stance;
import org.claimtracker.quote.QuoteKind;
import org.claimtracker.quote.QuoteSelectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An article's quotes, appearances and evidence as a W3C AnnotationCollection: valid
 * against the W3C's own schemas and the Web Annotation JSON-LD context, and every
 * selector of every annotation finds its words again in the article's stored text, by
 * position (counted in code points) and by quote alone, in the demo article and in one of
 * hostile Unicode.
 */
@SpringBootTest
@AutoConfigureMockMvc
class WebAnnotationApiTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final W3cAnnotationChecks W3C = new W3cAnnotationChecks();

	@RegisterExtension
	final Fixtures make = new Fixtures();

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theDemoArticleIsAValidCollectionOfEveryQuoteAppearanceAndEvidenceLink() throws Exception {
		long article = new DemoIds(this.jdbc).article();
		MvcResult answer = this.mvc
			.perform(get("/api/v1/articles/{id}/annotations", article).accept("application/ld+json"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("application/ld+json"))
			.andExpect(header().string("Content-Type",
					org.hamcrest.Matchers.containsString("profile=\"http://www.w3.org/ns/anno.jsonld\"")))
			.andExpect(header().exists("ETag"))
			.andReturn();
		JsonNode collection = JSON.readTree(answer.getResponse().getContentAsString());

		assertThat(collection.path("@context").asString()).isEqualTo("http://www.w3.org/ns/anno.jsonld");
		assertThat(collection.path("type").asString()).isEqualTo("AnnotationCollection");
		JsonNode items = collection.path("first").path("items");
		assertThat(collection.path("total").asInt()).isEqualTo(items.size()).isEqualTo(8 + 3 + 13);
		assertThat(motivations(items, "highlighting")).hasSize(8);
		assertThat(motivations(items, "describing")).hasSize(3);
		List<JsonNode> links = motivations(items, "linking");
		assertThat(links).hasSize(13);
		for (JsonNode link : links) {
			assertThat(purposes(link, "linking")).singleElement()
				.satisfies((b) -> assertThat(b.path("source").asString()).matches("http://localhost:8080/claims/\\d+"));
			assertThat(purposes(link, "classifying")).singleElement()
				.satisfies((b) -> assertThat(b.path("value").asString()).isIn("supports", "contradicts"));
			assertThat(purposes(link, "commenting")).singleElement()
				.satisfies((b) -> assertThat(b.path("value").asString()).isNotBlank());
		}
		String url = this.jdbc.queryForObject("select url from article where id = ?", String.class, article);
		for (JsonNode item : items) {
			assertThat(item.path("target").path("source").asString()).isEqualTo(url);
		}
		JsonNode quote = motivations(items, "highlighting").stream()
			.filter((q) -> selector(q, "TextQuoteSelector").path("exact").asString().startsWith("I think that federal"))
			.findFirst()
			.orElseThrow();
		assertThat(purposes(quote, "identifying").get(0).path("source").asString())
			.startsWith("http://localhost:8080/people/");
		assertThat(purposes(quote, "tagging").get(0).path("value").asString()).isEqualTo("direct quote");
		assertThat(purposes(quote, "describing").get(0).path("value").asString()).startsWith("Jon Ossoff");

		assertValid(collection);
		assertRoundTrip(collection, body(article));

		this.mvc
			.perform(get("/api/v1/articles/{id}/annotations", article).accept("application/ld+json")
				.header("If-None-Match", answer.getResponse().getHeader("ETag")))
			.andExpect(status().isNotModified());
		this.mvc.perform(get("/api/v1/articles/{id}/annotations", article).accept("application/json"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("application/json"))
			.andExpect(jsonPath("$.total").value(24));
	}

	@Test
	void hostileUnicodeRoundTripsAndPositionsCountCodePoints() throws Exception {
		String body = "🗳️ 👩🏽‍⚖️ Ballots & <b>tags</b> — “We’ll count every vote,” said the clerk.\n\n"
				+ "Later, in 𝔉𝔯𝔞𝔨𝔱𝔲𝔯 and q\u0307 marks, the clerk said again: “We’ll count every vote,” "
				+ "and then, in Hebrew, ‏“שלום עולם”‏ with a zero\u200bwidth space.\n\n"
				+ "The end 🙂 of it: \"count every vote\" once more.";
		Fixtures.Article article = this.make.article(body);
		long clerk = this.make.person(this.make.unique("Zoë Ångström"));
		long first = article.quote("We’ll count every vote,", clerk);
		int second = body.indexOf("We’ll count every vote,", body.indexOf("said again"));
		long again = article.quote(new org.claimtracker.quote.NewQuote(article.id(), clerk, QuoteKind.DIRECT, null,
				null, second, second + "We’ll count every vote,".length(), "We’ll count every vote,"));
		long hebrew = article.quote("שלום עולם", clerk, QuoteKind.PARTIAL);
		long claim = this.make.claim(this.make.unique("Every vote is counted"));
		this.make.evidence(again, claim, Stance.SUPPORTS);
		this.make.evidence(hebrew, claim, Stance.CONTRADICTS);
		article.appearance(claim, "count every vote\" once more");
		article.publish();
		this.make.publishClaim(claim);

		JsonNode collection = JSON.readTree(
				this.mvc.perform(get("/api/v1/articles/{id}/annotations", article.id()).accept("application/ld+json"))
					.andExpect(status().isOk())
					.andReturn()
					.getResponse()
					.getContentAsString());
		JsonNode items = collection.path("first").path("items");
		assertThat(items).hasSize(3 + 2 + 1);
		String stored = body(article.id());
		assertValid(collection);
		assertRoundTrip(collection, stored);

		// the emoji before the first quote take two Java chars each, but one code point
		JsonNode firstQuote = items.valueStream()
			.filter((i) -> i.path("id").asString().endsWith("#quote-" + first))
			.findFirst()
			.orElseThrow();
		int javaStart = stored.indexOf("We’ll count every vote,");
		int astralBefore = javaStart - stored.codePointCount(0, javaStart);
		assertThat(astralBefore).isGreaterThan(0);
		assertThat(selector(firstQuote, "TextPositionSelector").path("start").asInt())
			.isEqualTo(javaStart - astralBefore);
		// the same words said twice: each quote's selectors find its own
		JsonNode secondQuote = items.valueStream()
			.filter((i) -> i.path("id").asString().endsWith("#quote-" + again))
			.findFirst()
			.orElseThrow();
		assertThat(QuoteSelectors.index(stored, selector(secondQuote, "TextPositionSelector").path("start").asInt()))
			.isEqualTo(second);
	}

	@Test
	void readersSeePublishedAnnotationsOnlyAndAnUnknownArticleIsAProblem() throws Exception {
		Fixtures.Article article = this.make.article("The mayor said: “Roads first.” Then: “Parks second.”");
		long mayor = this.make.person(this.make.unique("Mayor Quill"));
		article.quote("Roads first.", mayor);
		this.mvc.perform(get("/api/v1/articles/{id}/annotations", article.id()).accept("application/ld+json"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"));
		article.publish();
		article.quote("Parks second.", mayor);
		this.mvc.perform(get("/api/v1/articles/{id}/annotations", article.id()).accept("application/ld+json"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(1))
			.andExpect(jsonPath("$.first.items[0].target.selector[0].exact").value("Roads first."));
		this.mvc.perform(get("/api/v1/articles/{id}/annotations", 999_999_999L).accept("application/ld+json"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(jsonPath("$.status").value(404));
	}

	@Test
	void theChecksThemselvesRejectWhatIsNotAWebAnnotation() {
		ObjectNode annotation = (ObjectNode) JSON.readTree("""
				{"@context": "http://www.w3.org/ns/anno.jsonld", "id": "http://example.org/a1",
				 "type": "Annotation", "motivation": "quoting", "speaker": "Someone"}""");
		assertThat(W3C.failures("annotations/annotationMusts.test", annotation))
			.anyMatch((f) -> f.contains("3.1-targetKeyFound"));
		assertThat(W3C.undefinedTerms(annotation)).containsExactlyInAnyOrder("$.motivation = quoting", "$.speaker");
	}

	/**
	 * The collection and its page pass the W3C's musts, and so does each annotation, with
	 * the context it would carry served alone; every term is the context's.
	 */
	private static void assertValid(JsonNode collection) {
		assertThat(W3C.failures("collections/collectionMusts.test", collection)).isEmpty();
		assertThat(W3C.failures("collections/pages/pageMusts.test", collection)).isEmpty();
		for (JsonNode item : collection.path("first").path("items")) {
			ObjectNode alone = JSON.createObjectNode().put("@context", WebAnnotations.CONTEXT);
			alone.setAll((ObjectNode) item);
			assertThat(W3C.failures("annotations/annotationMusts.test", alone)).as(item.path("id").asString())
				.isEmpty();
		}
		assertThat(W3C.undefinedTerms(collection)).isEmpty();
	}

	/**
	 * Each annotation's TextPositionSelector gives exactly its exact words, and its
	 * TextQuoteSelector alone finds the same place.
	 */
	private static void assertRoundTrip(JsonNode collection, String body) {
		List<String> off = new ArrayList<>();
		for (JsonNode item : collection.path("first").path("items")) {
			JsonNode quote = selector(item, "TextQuoteSelector");
			JsonNode position = selector(item, "TextPositionSelector");
			String exact = quote.path("exact").asString();
			int start = QuoteSelectors.index(body, position.path("start").asInt());
			int end = QuoteSelectors.index(body, position.path("end").asInt());
			if (start < 0 || end < 0 || !body.substring(start, end).equals(exact)) {
				off.add(item.path("id").asString() + ": position gives something else");
				continue;
			}
			QuoteSelectors.Found found = QuoteSelectors.find(body, exact, quote.path("prefix").asString(),
					quote.path("suffix").asString(), null);
			if (found == null || found.anchor().getStart() != start || found.anchor().getEnd() != end
					|| found.how() != QuoteSelectors.How.EXACT) {
				off.add(item.path("id").asString() + ": quote alone finds " + found);
			}
		}
		assertThat(off).isEmpty();
	}

	private static List<JsonNode> motivations(JsonNode items, String motivation) {
		return items.valueStream().filter((i) -> i.path("motivation").asString().equals(motivation)).toList();
	}

	private static List<JsonNode> purposes(JsonNode annotation, String purpose) {
		return annotation.path("body")
			.valueStream()
			.filter((b) -> b.path("purpose").asString().equals(purpose))
			.toList();
	}

	private static JsonNode selector(JsonNode annotation, String type) {
		return annotation.path("target")
			.path("selector")
			.valueStream()
			.filter((s) -> s.path("type").asString().equals(type))
			.findFirst()
			.orElseThrow();
	}

	private String body(long article) throws Exception {
		return JSON.readTree(
				this.mvc.perform(get("/api/v1/articles/{id}", article)).andReturn().getResponse().getContentAsString())
			.path("body")
			.asString();
	}

}
