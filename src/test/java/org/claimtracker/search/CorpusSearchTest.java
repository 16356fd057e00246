package org.claimtracker.search;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.claimtracker.TestDatabase;
import org.claimtracker.common.Publication;
import org.claimtracker.bench.CorpusGenerator;
import org.claimtracker.bench.Vocabulary;
import org.claimtracker.quote.QuoteKind;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Search over a small generated corpus (6 000 quotes in a database of its own): large
 * result sets are sampled and estimated, small ones exact; order, paging, exclusion,
 * filters and the export hold on every hit.
 */
class CorpusSearchTest {

	static final Vocabulary WORDS = new Vocabulary(200_000, 7);

	static SearchService search;

	static JdbcTemplate jdbc;

	static DataSource dataSource;

	@BeforeAll
	static void corpus() throws Exception {
		Map<String, Object> test = TestDatabase.properties();
		String testUrl = (String) test.get("spring.datasource.url");
		String user = (String) test.get("spring.datasource.username");
		String password = (String) test.get("spring.datasource.password");
		String server = testUrl.substring(0, testUrl.lastIndexOf('/') + 1);
		String name = testUrl.substring(testUrl.lastIndexOf('/') + 1).replaceAll("\\?.*", "") + "_corpus";
		try (Connection admin = DriverManager.getConnection(server + "postgres", user, password);
				Statement sql = admin.createStatement()) {
			sql.execute("drop database if exists " + name + " with (force)");
			sql.execute("create database " + name);
		}
		new CorpusGenerator(7).fill(server + name, user, password, CorpusGenerator.Size.of(6_000));
		// a pool, as the application has: a connection made anew for each of the
		// hundreds of checks would take most of the test's time
		HikariDataSource pool = new HikariDataSource();
		pool.setJdbcUrl(server + name);
		pool.setUsername(user);
		pool.setPassword(password);
		pool.setMaximumPoolSize(4);
		dataSource = pool;
		search = DirectSearch.over(dataSource);
		jdbc = new JdbcTemplate(dataSource);
	}

	@AfterAll
	static void closePool() {
		((HikariDataSource) dataSource).close();
	}

	@Test
	void aCommonWordIsSampledAndEstimated() {
		String word = WORDS.word(1);
		long exact = count(word);
		assertThat(exact).isGreaterThan(QuoteSearch.EXACT_LIMIT);
		SearchResult result = search.search(query("q", word));
		assertThat(result.sampled()).isTrue();
		assertThat(result.exact()).isFalse();
		assertThat(result.notes()).contains("search.note.sampled");
		assertThat(result.total()).isBetween(exact / 2, exact * 2);
		assertThat(result.hits()).hasSize(SearchParameters.DEFAULT_SIZE);
		assertThat(result.facet("year").stream().mapToLong(Facet::count).sum()).isEqualTo(QuoteSearch.SAMPLE);
		assertThat(result.hits()).allSatisfy((hit) -> assertThat(matches(hit.id(), word)).isTrue());
		assertThat(result.hits()).allSatisfy((hit) -> assertThat(hit.snippet()).anyMatch(Snippet.Part::marked));
		// the sample is the most recent hits
		LocalDate oldestShown = result.hits().stream().map(QuoteHit::datedOn).min(LocalDate::compareTo).orElseThrow();
		long newer = jdbc
			.queryForObject("select count(*) from quote where listed and dated_on > ? and search_vector @@ "
					+ "to_tsquery('english', ?)", Long.class, oldestShown, word);
		assertThat(newer).isLessThan(QuoteSearch.SAMPLE);
	}

	@Test
	void aMiddlingWordIsExactAndPagesCoverEveryHitInOrder() {
		String word = middling();
		List<Long> expected = jdbc.queryForList(
				"select id from quote where listed and search_vector @@ to_tsquery('english', ?)", Long.class, word);
		SearchResult first = search.search(query("q", word, "sort", "newest", "size", "50"));
		assertThat(first.exact()).isTrue();
		assertThat(first.total()).isEqualTo(expected.size());
		List<QuoteHit> all = new ArrayList<>();
		for (int page = 1; page <= first.lastPage(); page++) {
			all.addAll(search.search(query("q", word, "sort", "newest", "size", "50", "page", "" + page)).hits());
		}
		assertThat(all.stream().map(QuoteHit::id)).containsExactlyInAnyOrderElementsOf(expected);
		for (int i = 1; i < all.size(); i++) {
			assertThat(all.get(i).datedOn()).isBeforeOrEqualTo(all.get(i - 1).datedOn());
		}
		List<QuoteHit> oldest = search.search(query("q", word, "sort", "oldest", "size", "100")).hits();
		for (int i = 1; i < oldest.size(); i++) {
			assertThat(oldest.get(i).datedOn()).isAfterOrEqualTo(oldest.get(i - 1).datedOn());
		}
		List<QuoteHit> ranked = search.search(query("q", word + " " + WORDS.word(1), "size", "100")).hits();
		assertThat(ranked).isNotEmpty();
	}

	@Test
	void excludedWordsNeverAppear() {
		SearchResult result = search.search(query("q", WORDS.word(2) + " -" + WORDS.word(1), "size", "100"));
		assertThat(result.hits()).isNotEmpty()
			.allSatisfy((hit) -> assertThat(matches(hit.id(), WORDS.word(1))).isFalse())
			.allSatisfy((hit) -> assertThat(matches(hit.id(), WORDS.word(2))).isTrue());
	}

	@Test
	void everyHitMeetsEveryFilter() {
		String speaker = jdbc.queryForObject("select name from person where id = 3", String.class);
		assertThat(search.search(query("q", WORDS.word(3), "speaker", speaker, "size", "100")).hits()).isNotEmpty()
			.allSatisfy((hit) -> assertThat(hit.speaker()).isEqualTo(speaker));
		assertThat(search.search(query("party", "Republican", "size", "100")).hits()).isNotEmpty()
			.allSatisfy((hit) -> assertThat(hit.party()).isEqualTo("Republican"));
		assertThat(search.search(query("q", WORDS.word(2), "kind", "partial", "size", "100")).hits()).isNotEmpty()
			.allSatisfy((hit) -> assertThat(hit.kind()).isEqualTo(QuoteKind.PARTIAL));
		assertThat(search.search(query("from", "2019-01-01", "to", "2019-06-30", "size", "100")).hits()).isNotEmpty()
			.allSatisfy(
					(hit) -> assertThat(hit.datedOn()).isBetween(LocalDate.of(2019, 1, 1), LocalDate.of(2019, 6, 30)));
		String outlet = jdbc.queryForObject("select name from outlet where id = 2", String.class);
		assertThat(search.search(query("q", WORDS.word(1), "outlet", outlet, "size", "100")).hits()).isNotEmpty()
			.allSatisfy((hit) -> assertThat(hit.outlet()).isEqualTo(outlet));
		assertThat(search.search(query("stance", "supports", "size", "100")).hits()).isNotEmpty()
			.allSatisfy((hit) -> assertThat(hit.claims()).anyMatch((c) -> c.stance().name().equals("SUPPORTS")));
	}

	@Test
	void aCommonWordSaidByOneSpeakerIsCheckedOnTheirQuotesAndEveryHitIsFound() {
		String word = WORDS.word(1);
		long speaker = jdbc.queryForObject(
				"select speaker_id from quote where listed group by speaker_id" + " order by count(*) desc limit 1",
				Long.class);
		String name = jdbc.queryForObject("select name from person where id = ?", String.class, speaker);
		List<Long> truth = jdbc.queryForList("select id from quote where listed and speaker_id = ? and search_vector @@"
				+ " to_tsquery('english', ?) order by dated_on desc, id desc", Long.class, speaker, word);
		assertThat(truth).hasSizeBetween(2, QuoteSearch.EXACT_LIMIT);
		SearchResult result = search.search(query("q", word, "speaker", name, "sort", "newest", "size", "100"));
		assertThat(result.exact()).isTrue();
		assertThat(result.total()).isEqualTo(truth.size());
		assertThat(result.hits()).extracting(QuoteHit::id)
			.containsExactlyElementsOf(truth.subList(0, Math.min(100, truth.size())));
	}

	@Test
	void aSampledPhraseIsCountedFromItsSampleNotFromItsWords() {
		TransactionTemplate transaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
		transaction.executeWithoutResult((status) -> {
			// both words in every quote, side by side in order in a third of them
			jdbc.update(
					"update quote set exact = case when id % 3 = 0 then 'quorble zintock ' else 'zintock or quorble ' end"
							+ " || exact");
			jdbc.execute("analyze quote");
			long exact = count("quorble <-> zintock");
			assertThat(exact).isGreaterThan(QuoteSearch.EXACT_LIMIT);
			// as many as the planner expects for the words anywhere in a quote: three
			// times too many
			assertThat(search.search(query("q", "quorble zintock")).total()).isGreaterThan(exact * 2);
			SearchResult phrase = search.search(query("q", "\"quorble zintock\""));
			assertThat(phrase.sampled()).isTrue();
			assertThat(phrase.total()).isBetween(exact * 2 / 3, exact * 3 / 2);
			status.setRollbackOnly();
		});
	}

	@Test
	void relevanceStopsAtTheSampleAndDatesGoDeeper() {
		String word = WORDS.word(1);
		int size = SearchParameters.DEFAULT_SIZE;
		int past = QuoteSearch.SAMPLE / size + 1;
		SearchResult ranked = search.search(query("q", word, "page", "" + past));
		assertThat(ranked.hits()).isEmpty();
		assertThat(ranked.notes()).contains("search.note.deep");
		SearchResult dated = search.search(query("q", word, "sort", "newest", "page", "" + past));
		assertThat(dated.hits()).hasSize(size);
		SearchResult before = search.search(query("q", word, "sort", "newest", "page", "" + (past - 1)));
		assertThat(dated.hits().get(0).datedOn()).isBeforeOrEqualTo(before.hits().get(size - 1).datedOn());
		assertThat(dated.hits().get(0).id()).isNotIn(before.hits().stream().map(QuoteHit::id).toList());
	}

	@Test
	void pagesPastTheSampleInDateOrderAreTheSameReadFromTheDateIndexOrSorted() {
		QuoteSearch quotes = new QuoteSearch(jdbc);
		String word = WORDS.word(1);
		int size = SearchParameters.DEFAULT_SIZE;
		int past = QuoteSearch.SAMPLE / size + 1;
		for (String sort : List.of("oldest", "newest")) {
			String direction = sort.equals("oldest") ? "" : " desc";
			List<Long> expected = jdbc.queryForList("select id from quote where listed and search_vector @@ "
					+ "to_tsquery('english', ?) order by dated_on" + direction + ", id" + direction
					+ " limit ? offset ?", Long.class, word, size, (past - 1) * size);
			SearchQuery query = query("q", word, "sort", sort, "page", "" + past);
			SearchConditions conditions = new SearchConditions(query, new SearchConditions.Resolved(null, null, null,
					null, List.of(), query.terms().tsquery(), query.terms().tsquery()), List.of(Publication.PUBLISHED));
			// as many hits as quotes reads the date index; a single hit fetches, counts
			// and sorts
			assertThat(quotes.pageByDate(conditions, query, 1_000_000, 1_000_000).ids()).isEqualTo(expected);
			QuoteSearch.DatePage sorted = quotes.pageByDate(conditions, query, 1, 1_000_000);
			assertThat(sorted.ids()).isEqualTo(expected);
			assertThat(sorted.total()).isEqualTo(count(word));
			assertThat(search.search(query).hits()).extracting(QuoteHit::id).isEqualTo(expected);
		}
	}

	@Test
	void theLastPageInDateOrderTellsTheExactTotal() {
		String word = WORDS.word(1);
		long hits = count(word);
		// a size that leaves the last page short, so that reading it shows where the hits
		// end
		int size = 20;
		while (hits % size == 0) {
			size++;
		}
		long last = (hits + size - 1) / size;
		SearchResult page = search.search(query("q", word, "sort", "oldest", "size", "" + size, "page", "" + last));
		assertThat(page.sampled()).isTrue();
		assertThat(page.exact()).isTrue();
		assertThat(page.total()).isEqualTo(hits);
		assertThat(page.hits()).hasSize((int) (hits % size));
		assertThat(page.hasNext()).isFalse();
		assertThat(page.notes()).doesNotContain("search.note.sampled");
	}

	@Test
	void theExportStreamsEveryHitOnce() {
		SearchQuery query = query("q", WORDS.word(2));
		SearchService.Export export = search.prepare(query, org.claimtracker.common.Visibility.current());
		Set<Long> ids = new HashSet<>();
		int[] rows = { 0 };
		search.export(export, true, (hit) -> {
			ids.add(hit.id());
			rows[0]++;
		});
		assertThat(rows[0]).isEqualTo(ids.size())
			.isEqualTo((int) search.count(export))
			.isEqualTo((int) (long) jdbc.queryForObject(
					"select count(*) from quote where listed and search_vector @@ " + "to_tsquery('english', ?)",
					Long.class, WORDS.word(2)));
	}

	@Test
	void searchesArePlannedForTheirValuesAfterTheDriverPreparesThem() {
		String word = middling();
		// a connection of its own, whose prepared statements are the searches' alone
		DataSource fresh = new SingleConnectionDataSource(((HikariDataSource) dataSource).getJdbcUrl(),
				((HikariDataSource) dataSource).getUsername(), ((HikariDataSource) dataSource).getPassword(), true);
		SearchService searchAlone = DirectSearch.over(fresh);
		JdbcTemplate asked = new JdbcTemplate(fresh);
		TransactionTemplate transaction = new TransactionTemplate(new DataSourceTransactionManager(fresh));
		transaction.executeWithoutResult((status) -> {
			// past the driver's threshold (5), when PostgreSQL starts weighing one
			// generic plan for all values
			for (int i = 0; i < 12; i++) {
				searchAlone.search(query("q", word, "from", "2019-01-01", "to", "2019-12-31"));
			}
			assertThat(asked.queryForObject("show plan_cache_mode", String.class)).isEqualTo("force_custom_plan");
			assertThat(asked.queryForObject("select sum(custom_plans) from pg_prepared_statements", Long.class))
				.isGreaterThan(0);
			assertThat(asked.queryForObject("select sum(generic_plans) from pg_prepared_statements", Long.class))
				.isZero();
		});
		((SingleConnectionDataSource) fresh).destroy();
	}

	private static String middling() {
		for (int rank = 40; rank < 2000; rank += 7) {
			long n = count(WORDS.word(rank));
			if (n >= 60 && n <= 400) {
				return WORDS.word(rank);
			}
		}
		throw new IllegalStateException("no word of middling frequency in the corpus");
	}

	private static long count(String word) {
		return jdbc.queryForObject(
				"select count(*) from quote where listed and search_vector @@ to_tsquery('english', ?)", Long.class,
				word);
	}

	private static boolean matches(long id, String word) {
		return jdbc.queryForObject("select search_vector @@ to_tsquery('english', ?) from quote where id = ?",
				Boolean.class, word, id);
	}

	private static SearchQuery query(String... pairs) {
		Map<String, String> p = new java.util.HashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			p.put(pairs[i], pairs[i + 1]);
		}
		return SearchParameters.of(p).toQuery();
	}

}
