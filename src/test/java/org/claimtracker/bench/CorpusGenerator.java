package org.claimtracker.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.flywaydb.core.Flyway;

/**
 * Fills an empty database with a synthetic election-coverage corpus for the search
 * benchmark and tests: outlets, speakers with parties, topics, claims, articles whose
 * bodies hold their quotes, quotes drawn from a Zipf vocabulary, and evidence linking
 * some quotes to claims. Loads with COPY, with the quote and evidence indexes dropped
 * during the load and rebuilt after, and prints rows/s.
 *
 * <p>
 * Run: {@code bench/generate-corpus.sh [quotes]}; arguments: jdbc-url user password
 * [quotes].
 */
public final class CorpusGenerator {

	static final String[] PARTIES = { "Democratic", "Republican", "Independent", "Libertarian", "Green" };

	private static final String[] FIRST = { "Jon", "David", "Kelly", "Raphael", "Mary", "James", "Linda", "Robert",
			"Patricia", "Michael", "Barbara", "William", "Elizabeth", "Richard", "Susan", "Joseph", "Jessica", "Thomas",
			"Sarah", "Charles", "Karen", "Daniel", "Nancy", "Matthew", "Lisa", "Anthony", "Betty", "Mark", "Sandra",
			"Donald", "Ashley", "Steven", "Kimberly", "Paul", "Emily", "Andrew" };

	private static final String[] LAST = { "Ossoff", "Perdue", "Loeffler", "Warnock", "Smith", "Johnson", "Williams",
			"Brown", "Jones", "Garcia", "Miller", "Davis", "Rodriguez", "Martinez", "Hernandez", "Lopez", "Gonzalez",
			"Wilson", "Anderson", "Taylor", "Moore", "Jackson", "Martin", "Lee", "Thompson", "White", "Harris", "Clark",
			"Lewis", "Robinson", "Walker", "Young", "Allen", "King", "Wright", "Scott", "Torres", "Nguyen", "Hill",
			"Flores", "Green", "Adams", "Nelson", "Baker", "Hall", "Rivera", "Campbell", "Mitchell" };

	private static final String[] FILLER = { "the", "we", "will", "and", "to", "of", "our", "is", "not", "they", "that",
			"a", "in", "for", "it", "be", "have", "on", "with", "this", "are", "I", "you", "must" };

	private static final String[] CONTRACTIONS = { "don’t", "can’t", "won’t", "here’s", "that’s", "we’re", "it's",
			"isn't", "they’ve", "let’s" };

	private static final String[] KINDS = { "DIRECT", "DIRECT", "DIRECT", "DIRECT", "DIRECT", "PARTIAL", "PARTIAL",
			"PARTIAL", "PARAPHRASE", "PARAPHRASE" };

	private static final LocalDate FIRST_DAY = LocalDate.of(2016, 1, 1);

	private static final int DAYS = 3650;

	/** How big a corpus to make; the benchmark's is {@link #full()}. */
	public record Size(int quotes, int articles, int speakers, int outlets, int topics, int claims) {

		public static Size full() {
			return new Size(1_000_000, 50_000, 300, 20, 40, 3_000);
		}

		public static Size of(int quotes) {
			if (quotes >= 1_000_000) {
				return full();
			}
			return new Size(quotes, Math.max(quotes / 20, 1), Math.min(300, Math.max(quotes / 100, 10)), 20, 40,
					Math.max(quotes / 300, 20));
		}

	}

	private final Random random;

	private final Vocabulary vocabulary;

	private final Map<String, Double> rates = new LinkedHashMap<>();

	public CorpusGenerator(long seed) {
		this.random = new Random(seed);
		this.vocabulary = new Vocabulary(200_000, seed);
	}

	public static void main(String[] args) throws Exception {
		String url = (args.length > 0) ? args[0] : "jdbc:postgresql://localhost:5432/claimtracker_bench";
		String user = (args.length > 1) ? args[1] : "claimtracker";
		String password = (args.length > 2) ? args[2] : "claimtracker";
		int quotes = (args.length > 3) ? Integer.parseInt(args[3]) : 1_000_000;
		CorpusGenerator generator = new CorpusGenerator(42);
		generator.fill(url, user, password, Size.of(quotes));
		generator.rates.forEach((table, rate) -> System.out.printf("%-14s %,10.0f rows/s%n", table, rate));
	}

	/**
	 * Migrates the database with the app's Flyway scripts and fills it; it must hold no
	 * quotes yet.
	 */
	public void fill(String url, String user, String password, Size size) throws SQLException {
		Flyway.configure().dataSource(url, user, password).locations("classpath:db/migration").load().migrate();
		try (Connection connection = DriverManager.getConnection(url, user, password)) {
			connection.setAutoCommit(false);
			try (Statement sql = connection.createStatement();
					ResultSet rs = sql.executeQuery("select count(*) from quote")) {
				rs.next();
				if (rs.getLong(1) > 0) {
					throw new IllegalStateException("The database already holds quotes: give an empty one");
				}
			}
			List<String> indexes = dropIndexes(connection);
			long started = System.nanoTime();
			outlets(connection, size);
			people(connection, size);
			topicsAndClaims(connection, size);
			articlesAndQuotes(connection, size);
			evidence(connection, size);
			try (Statement sql = connection.createStatement()) {
				for (String table : List.of("outlet", "person", "topic", "claim", "article", "quote", "evidence")) {
					sql.execute("select setval(pg_get_serial_sequence('" + table + "', 'id'), (select max(id) from "
							+ table + "))");
				}
				sql.execute("set maintenance_work_mem = '512MB'");
				long indexing = System.nanoTime();
				for (String index : indexes) {
					sql.execute(index);
				}
				connection.commit();
				System.out.printf("indexes rebuilt in %.1f s%n", (System.nanoTime() - indexing) / 1e9);
			}
			connection.setAutoCommit(true);
			try (Statement sql = connection.createStatement()) {
				sql.execute("vacuum (analyze) outlet, person, topic, claim, claim_topic, article, quote, evidence");
			}
			System.out.printf("corpus loaded in %.1f s%n", (System.nanoTime() - started) / 1e9);
		}
	}

	private List<String> dropIndexes(Connection connection) throws SQLException {
		List<String> definitions = new ArrayList<>();
		List<String> names = new ArrayList<>();
		try (Statement sql = connection.createStatement(); ResultSet rs = sql.executeQuery("""
				select i.indexname, i.indexdef from pg_indexes i
				 where i.schemaname = current_schema() and i.tablename in ('quote', 'evidence', 'article')
				   and not exists (select from pg_constraint c where c.conname = i.indexname)""")) {
			while (rs.next()) {
				names.add(rs.getString(1));
				definitions.add(rs.getString(2));
			}
		}
		try (Statement sql = connection.createStatement()) {
			for (String name : names) {
				sql.execute("drop index " + name);
			}
			sql.execute("alter table quote disable trigger quote_search_columns");
		}
		definitions.add("alter table quote enable trigger quote_search_columns");
		return definitions;
	}

	private void outlets(Connection connection, Size size) throws SQLException {
		long started = System.nanoTime();
		try (CopyWriter copy = new CopyWriter(connection, "outlet", "id, name, homepage, status")) {
			for (int id = 1; id <= size.outlets(); id++) {
				copy.row(id, "Outlet " + id + " " + capitalize(this.vocabulary.word(1000 + id)),
						"https://outlet" + id + ".example/", "PUBLISHED");
			}
			rate("outlet", copy, started);
		}
	}

	private void people(Connection connection, Size size) throws SQLException {
		long started = System.nanoTime();
		try (CopyWriter copy = new CopyWriter(connection, "person", "id, name, party, description, status")) {
			for (int id = 1; id <= size.speakers(); id++) {
				String name = FIRST[(id * 7) % FIRST.length] + " " + LAST[(id - 1) % LAST.length]
						+ ((id > LAST.length) ? "-" + capitalize(this.vocabulary.word(2000 + id)) : "");
				String party = (id % 11 == 0) ? null : PARTIES[(id % 17 == 0) ? 2 + id % 3 : id % 2];
				copy.row(id, name, party, "Speaker " + id, "PUBLISHED");
			}
			rate("person", copy, started);
		}
	}

	private void topicsAndClaims(Connection connection, Size size) throws SQLException {
		long started = System.nanoTime();
		List<String> campaign = this.vocabulary.campaign();
		try (CopyWriter copy = new CopyWriter(connection, "topic", "id, slug, name, status")) {
			for (int id = 1; id <= size.topics(); id++) {
				String word = campaign.get(id - 1);
				copy.row(id, word, capitalize(word), "PUBLISHED");
			}
			rate("topic", copy, started);
		}
		started = System.nanoTime();
		try (CopyWriter copy = new CopyWriter(connection, "claim", "id, statement, kind, subject_id, status")) {
			for (int id = 1; id <= size.claims(); id++) {
				boolean position = id % 2 == 0;
				copy.row(id, capitalize(sentence(6 + this.random.nextInt(8), false)), position ? "POSITION" : "FACTUAL",
						position ? 1 + this.random.nextInt(size.speakers()) : null, "PUBLISHED");
			}
			rate("claim", copy, started);
		}
		try (CopyWriter copy = new CopyWriter(connection, "claim_topic", "claim_id, topic_id")) {
			for (int id = 1; id <= size.claims(); id++) {
				int first = 1 + this.random.nextInt(size.topics());
				copy.row(id, first);
				if (id % 3 == 0) {
					copy.row(id, 1 + (first % size.topics()));
				}
			}
		}
	}

	private void articlesAndQuotes(Connection connection, Size size) throws SQLException {
		long started = System.nanoTime();
		long articleRows = 0;
		long quoteRows = 0;
		long quoteId = 0;
		List<Object[]> articles = new ArrayList<>();
		List<Object[]> quotes = new ArrayList<>();
		for (int article = 1; article <= size.articles(); article++) {
			int remaining = size.quotes() - (int) quoteId;
			int articlesLeft = size.articles() - article + 1;
			int count = (article == size.articles()) ? remaining
					: Math.max(0, Math.min(remaining, remaining / articlesLeft - 8 + this.random.nextInt(17)));
			LocalDate published = FIRST_DAY.plusDays(this.random.nextInt(DAYS));
			int outlet = 1
					+ (int) Math.min(size.outlets() - 1, Math.abs(this.random.nextGaussian()) * size.outlets() / 2.5);
			StringBuilder body = new StringBuilder(capitalize(sentence(15, false))).append(".");
			int[] speakers = { speaker(size), speaker(size), speaker(size) };
			int first = quotes.size();
			for (int i = 0; i < count; i++) {
				quoteId++;
				int speaker = speakers[this.random.nextInt(speakers.length)];
				String exact = capitalize(sentence(8 + this.random.nextInt(22), true));
				body.append("\n\nSpeaker ").append(speaker).append(" said: “");
				int start = body.length();
				body.append(exact);
				int end = body.length();
				body.append("” ").append(capitalize(sentence(6, false))).append(".");
				LocalDate said = (this.random.nextInt(10) < 3) ? published.minusDays(this.random.nextInt(10)) : null;
				boolean published100 = quoteId % 100 != 0;
				quotes.add(new Object[] { quoteId, article, speaker, KINDS[this.random.nextInt(KINDS.length)], said,
						null, start, end, exact, null, null, published100 ? "PUBLISHED" : "DRAFT",
						(said != null) ? said : published, published100 });
			}
			String text = body.toString();
			for (Object[] quote : quotes.subList(first, quotes.size())) {
				int start = (Integer) quote[6];
				int end = (Integer) quote[7];
				quote[9] = text.substring(Math.max(0, start - 32), start);
				quote[10] = text.substring(end, Math.min(text.length(), end + 32));
			}
			articles.add(new Object[] { article, outlet, capitalize(sentence(6 + this.random.nextInt(6), false)),
					"Reporter " + (article % 500), published, "https://outlet" + outlet + ".example/" + article, text,
					"PUBLISHED" });
			if (articles.size() == 1000 || article == size.articles()) {
				articleRows += copy(connection, "article",
						"id, outlet_id, title, byline, published_on, url, body, status", articles);
				quoteRows += copy(connection, "quote",
						"id, article_id, speaker_id, kind, said_on, context, anchor_start, anchor_end, exact, "
								+ "prefix, suffix, status, dated_on, listed",
						quotes);
			}
		}
		double seconds = (System.nanoTime() - started) / 1e9;
		this.rates.put("article+quote", (articleRows + quoteRows) / seconds);
	}

	private void evidence(Connection connection, Size size) throws SQLException {
		long started = System.nanoTime();
		try (CopyWriter copy = new CopyWriter(connection, "evidence",
				"id, quote_id, claim_id, stance, rationale, status")) {
			long id = 0;
			for (long quote = 1; quote <= size.quotes(); quote++) {
				if (this.random.nextInt(20) != 0) {
					continue;
				}
				int links = (this.random.nextInt(4) == 0) ? 2 : 1;
				int claim = 1 + this.random.nextInt(size.claims());
				for (int i = 0; i < links; i++) {
					copy.row(++id, quote, 1 + (claim + i * 7) % size.claims(),
							this.random.nextBoolean() ? "SUPPORTS" : "CONTRADICTS", "Generated link " + id,
							"PUBLISHED");
				}
			}
			rate("evidence", copy, started);
		}
	}

	private static long copy(Connection connection, String table, String columns, List<Object[]> rows)
			throws SQLException {
		long count;
		try (CopyWriter copy = new CopyWriter(connection, table, columns)) {
			for (Object[] row : rows) {
				copy.row(row);
			}
			count = copy.rows();
		}
		rows.clear();
		return count;
	}

	/** Some speakers are quoted far more often than others. */
	private int speaker(Size size) {
		return 1 + (int) Math.min(size.speakers() - 1, Math.abs(this.random.nextGaussian()) * size.speakers() / 3);
	}

	/**
	 * Words from the vocabulary with short function words between them, and now and then
	 * a contraction.
	 */
	private String sentence(int words, boolean contractions) {
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < words; i++) {
			if (i > 0) {
				text.append(' ');
			}
			int dice = this.random.nextInt(100);
			if (contractions && dice < 3) {
				text.append(CONTRACTIONS[this.random.nextInt(CONTRACTIONS.length)]);
			}
			else if (dice < 40) {
				text.append(FILLER[this.random.nextInt(FILLER.length)]);
			}
			else {
				text.append(this.vocabulary.draw(this.random));
			}
		}
		return text.toString();
	}

	private void rate(String table, CopyWriter copy, long started) {
		this.rates.put(table, copy.rows() / ((System.nanoTime() - started) / 1e9));
	}

	private static String capitalize(String text) {
		return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}

}
