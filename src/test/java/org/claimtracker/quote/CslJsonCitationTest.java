package org.claimtracker.quote;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimtracker.quote.CitationStylesTest.cite;

class CslJsonCitationTest {

	private static final LocalDate ACCESSED = LocalDate.of(2026, 5, 4);

	private final JsonMapper json = JsonMapper.builder().build();

	@Test
	void oneNewspaperArticleItemWithAuthorDatesAddressAndPermalink() {
		JsonNode item = item(cite(QuoteKind.DIRECT, "José María Núñez", "Police Must Not Help"));
		assertThat(item.get("id").asString()).isEqualTo("claimtracker-quote-4");
		assertThat(item.get("type").asString()).isEqualTo("article-newspaper");
		assertThat(item.get("title").asString()).isEqualTo("Police Must Not Help");
		assertThat(item.get("container-title").asString()).isEqualTo("Breitbart News");
		assertThat(item.get("author").get(0).get("family").asString()).isEqualTo("Núñez");
		assertThat(item.get("author").get(0).get("given").asString()).isEqualTo("José María");
		assertThat(item.get("issued").toString()).isEqualTo("{\"date-parts\":[[2020,12,30]]}");
		assertThat(item.get("accessed").toString()).isEqualTo("{\"date-parts\":[[2026,5,4]]}");
		assertThat(item.get("URL").asString()).isEqualTo("https://x/1");
		assertThat(item.get("archive_location").asString()).isEqualTo("https://claims.example.org/quotes/4");
		assertThat(item.get("note").asString()).startsWith("Quoting Jon Ossoff. ClaimTracker, ");
	}

	@Test
	void aParaphraseIsTheOutletsAccountAndAPartialQuoteIsQuotedInPart() {
		assertThat(item(cite(QuoteKind.PARAPHRASE, "John Binder", "T")).get("note").asString())
			.startsWith("Paraphrasing Jon Ossoff (not a quotation).");
		assertThat(item(cite(QuoteKind.PARTIAL, "John Binder", "T")).get("note").asString())
			.startsWith("Quoting Jon Ossoff in part.");
	}

	@Test
	void hostileTitlesStayTextAndAMissingBylineHasNoAuthor() {
		String title = "\"Quoted\" </script><b>& 50% {x} \\ \u0007\nline";
		String raw = CslJsonCitation.of(cite(QuoteKind.DIRECT, null, title), "https://claims.example.org", ACCESSED);
		assertThat(raw).doesNotContain("<", ">", "&");
		JsonNode item = this.json.readTree(raw).get(0);
		assertThat(item.get("title").asString()).isEqualTo(title);
		assertThat(item.has("author")).isFalse();
		assertThat(item(cite(QuoteKind.DIRECT, "Reuters", "T")).get("author").get(0).get("literal").asString())
			.isEqualTo("Reuters");
	}

	private JsonNode item(Citation citation) {
		JsonNode items = this.json.readTree(CslJsonCitation.of(citation, "https://claims.example.org", ACCESSED));
		assertThat(items.size()).isEqualTo(1);
		return items.get(0);
	}

}
