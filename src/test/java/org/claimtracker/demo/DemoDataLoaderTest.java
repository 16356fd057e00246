package org.claimtracker.demo;

import java.util.List;
import java.util.Map;

import org.claimtracker.demo.DemoData.QuoteData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.Resource;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The demo data set loads completely on start, only once, and not at all when an anchor
 * is off.
 */
@SpringBootTest
class DemoDataLoaderTest {

	@Autowired
	DemoDataLoader loader;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	JsonMapper json;

	@Value("classpath:demo/annotations.json")
	Resource annotations;

	@Test
	void loadsTheWholeSetOnStart() {
		assertThat(counts()).containsEntry("article", 1L)
			.containsEntry("quote", 8L)
			.containsEntry("claim", 8L)
			.containsEntry("evidence", 13L)
			.containsEntry("race", 2L)
			.containsEntry("candidacy", 4L)
			.containsEntry("person", 5L)
			.containsEntry("topic", 2L)
			.containsEntry("claim_appearance", 3L)
			.containsEntry("article_revision", 1L);
		assertThat(this.jdbc.queryForObject("""
				select count(*) from (select status from article union all select status from quote
				union all select status from claim union all select status from evidence
				union all select status from person) s where status <> 'PUBLISHED'""", Long.class)).isZero();
	}

	@Test
	void everyQuoteIsAnchoredInTheBody() {
		List<Map<String, Object>> misplaced = this.jdbc.queryForList("""
				select q.id from quote q join article a on a.id = q.article_id
				where substr(a.body, q.anchor_start + 1, q.anchor_end - q.anchor_start) <> q.exact""");
		assertThat(misplaced).isEmpty();
		assertThat(this.jdbc.queryForObject(
				"select count(*) from quote where kind = 'DIRECT' and speaker_id = (select id from person where name = 'Jon Ossoff')",
				Long.class))
			.isEqualTo(3);
	}

	@Test
	void theArticlesAuthorIsItsBylineNotAPerson() {
		// the set lists him among its people, as the article's author; he is neither
		// quoted nor written about
		assertThat(DemoData.read(this.json, this.annotations).people()).anyMatch((p) -> p.name().equals("John Binder"));
		assertThat(this.jdbc.queryForObject("select count(*) from person where name = 'John Binder'", Long.class))
			.isZero();
		assertThat(this.jdbc.queryForObject("select byline from article", String.class)).isEqualTo("John Binder");
	}

	@Test
	void secondLoadAddsNothing() {
		Map<String, Long> before = counts();
		assertThat(this.loader.load(DemoData.read(this.json, this.annotations))).isFalse();
		assertThat(counts()).isEqualTo(before);
	}

	@Test
	void corruptedAnchorStopsTheLoadAndChangesNothing() {
		DemoData data = DemoData.read(this.json, this.annotations);
		DemoData corrupted = data.withArticle(data.article().withUrl("https://example.org/another-article"))
			.withQuotes(shiftQuote(data.quotes(), "q3"));
		Map<String, Long> before = counts();
		assertThatThrownBy(() -> this.loader.load(corrupted)).isInstanceOf(DemoDataException.class)
			.hasMessageContaining("Quote q3")
			.hasMessageContaining("is not anchored");
		assertThat(counts()).isEqualTo(before);
	}

	static List<QuoteData> shiftQuote(List<QuoteData> quotes, String key) {
		return quotes.stream().map((q) -> q.key().equals(key) ? q.withSpan(q.start() + 1, q.end() + 1) : q).toList();
	}

	private Map<String, Long> counts() {
		List<String> tables = List.of("article", "article_revision", "outlet", "person", "race", "candidacy", "topic",
				"claim", "claim_topic", "claim_appearance", "quote", "evidence");
		return tables.stream()
			.collect(java.util.stream.Collectors.toMap((t) -> t,
					(t) -> this.jdbc.queryForObject("select count(*) from " + t, Long.class)));
	}

}
