package org.claimtracker.importing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The JSON Schema of an article line, served to those who write import files, says what
 * the reader of JSON Lines reads: the same fields, the same required ones, the same
 * dates.
 */
class ArticleImportSchemaTest {

	private static final Path SCHEMA = Path.of("src/main/resources/static/schemas/article-import.schema.json");

	private final JsonNode schema = JsonValues.MAPPER.readTree(Files.readString(SCHEMA));

	ArticleImportSchemaTest() throws IOException {
	}

	@Test
	void isADraft202012SchemaOfTheFieldsRead() {
		assertThat(this.schema.get("$schema").asString()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
		assertThat(this.schema.get("properties").propertyNames()).containsExactlyInAnyOrder("url", "title", "outlet",
				"byline", "published", "body", "html", "topics");
		assertThat(this.schema.get("required").values()).extracting(JsonNode::asString)
			.containsExactlyInAnyOrder("url", "title", "published");
		assertThat(this.schema.get("oneOf").toString()).contains("[\"body\"]", "[\"html\"]");
	}

	@Test
	void acceptsTheDatesTheReaderAccepts() throws Exception {
		Pattern published = Pattern.compile(this.schema.at("/properties/published/pattern").asString());

		assertThat(published.pattern()).isEqualTo(Dates.PATTERN.pattern());
		for (String date : List.of("2016-10-01", "2016-10-01T14:00:00-04:00", "2016-10-01T14:00Z",
				"2016-10-01T14:00:00.250+01:00")) {
			assertThat(published.matcher(date).find()).as(date).isTrue();
			assertThat(Dates.parse(date, "the date")).isEqualTo("2016-10-01");
		}
		assertThat(published.matcher("10/01/2016").find()).isFalse();
		assertThat(published.matcher("2016-10-01 14:00").find()).isFalse();
	}

	@Test
	void everyLineOfTheExampleHasTheRequiredFields() throws IOException {
		List<String> required = new ArrayList<>();
		this.schema.get("required").forEach((field) -> required.add(field.asString()));
		for (String line : Files.readAllLines(Path.of("docs/import/articles.jsonl"))) {
			JsonNode article = JsonValues.MAPPER.readTree(line);
			assertThat(article.propertyNames()).containsAll(required);
			assertThat(article.has("body") != article.has("html")).as("body or html, not both").isTrue();
		}
	}

}
