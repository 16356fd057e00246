package org.claimtracker.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URL;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.claimtracker.search.DirectSearch;
import org.claimtracker.search.SearchParameters;
import org.claimtracker.search.SearchQuery;
import org.claimtracker.search.SearchService;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Times a fixed mix of searches over HTTP against the running app (the results part of
 * the search page, as htmx asks for it while one types), then the same searches straight
 * against PostgreSQL (the app's search service on a plain JDBC connection, in a read-only
 * transaction as in the app: the same SQL statements, no HTTP, no MVC, no templates), and
 * prints p50/p95/p99 per class of query, the app's total time over the SQL's (all of a
 * class's timed requests, one side over the other) and the same for p95, and the sizes of
 * the indexes.
 *
 * <p>
 * Run: {@code bench/run-benchmark.sh}; arguments: base-url jdbc-url user password
 * [rounds].
 */
public final class Benchmark {

	private static final Vocabulary WORDS = new Vocabulary(200_000, 42);

	private static final Duration WARM_UP = Duration.ofSeconds(180);

	public static void main(String[] args) throws Exception {
		String base = (args.length > 0) ? args[0] : "http://127.0.0.1:8091";
		String url = (args.length > 1) ? args[1] : "jdbc:postgresql://127.0.0.1:5432/claimtracker_bench";
		String user = (args.length > 2) ? args[2] : "claimtracker";
		String password = (args.length > 3) ? args[3] : "claimtracker";
		int rounds = (args.length > 4) ? Integer.parseInt(args[4]) : 50;
		Map<String, List<String>> mix = mix();
		try (SingleConnectionDataSource db = new SingleConnectionDataSource(url, user, password, true)) {
			SearchService service = DirectSearch.over(db);
			TransactionTemplate transaction = new TransactionTemplate(new DataSourceTransactionManager(db));
			transaction.setReadOnly(true);
			Consumer<SearchQuery> direct = (query) -> transaction
				.executeWithoutResult((status) -> service.search(query));
			System.out.println("Load average before: " + loadAverage());
			printMachineSpeed(db.getConnection());
			printShares(db.getConnection());
			// untimed passes over the whole mix until both sides run compiled code: on a
			// fresh start the JIT
			// compilers and the template engine's expression compiler are at work for
			// about a minute here
			long warming = System.nanoTime();
			int passes = 0;
			while (System.nanoTime() - warming < WARM_UP.toNanos()) {
				for (List<String> queries : mix.values()) {
					for (String query : queries) {
						send(URI.create(base + "/search?" + query).toURL());
						direct.accept(parameters(query).toQuery());
					}
				}
				passes++;
			}
			System.out.printf("Warmed up with %d passes over the mix in %.0f s%n", passes,
					(System.nanoTime() - warming) / 1e9);
			System.out.printf("%n%-16s %7s | %28s | %28s | %7s %7s%n", "class", "queries",
					"app over HTTP p50/p95/p99 ms", "same SQL direct p50/p95/p99 ms", "total÷", "p95÷");
			List<String> details = new ArrayList<>();
			double appTotal = 0;
			double sqlTotal = 0;
			for (Map.Entry<String, List<String>> entry : mix.entrySet()) {
				List<Double> app = new ArrayList<>();
				List<Double> sql = new ArrayList<>();
				for (String query : entry.getValue()) {
					int from = app.size();
					URL request = URI.create(base + "/search?" + query).toURL();
					SearchParameters parameters = parameters(query);
					for (int i = 0; i < 2; i++) {
						send(request);
						direct.accept(parameters.toQuery());
					}
					for (int i = 0; i < rounds; i++) {
						app.add(time(() -> send(request)));
						sql.add(time(() -> direct.accept(parameters.toQuery())));
					}
					details.add(String.format("  %-16s %8.1f %8.1f  %s", entry.getKey(),
							percentiles(app.subList(from, app.size()))[0],
							percentiles(sql.subList(from, sql.size()))[0],
							URLDecoder.decode(query, StandardCharsets.UTF_8)));
				}
				double[] a = percentiles(app);
				double[] s = percentiles(sql);
				double appSum = sum(app);
				double sqlSum = sum(sql);
				appTotal += appSum;
				sqlTotal += sqlSum;
				System.out.printf("%-16s %7d | %8.1f %8.1f %8.1f   | %8.1f %8.1f %8.1f   | %7.2f %7.2f%n",
						entry.getKey(), entry.getValue().size(), a[0], a[1], a[2], s[0], s[1], s[2], appSum / sqlSum,
						a[1] / s[1]);
			}
			System.out.printf("%-16s %7d | %,17.0f ms in all | %,17.0f ms in all | %7.2f%n", "whole mix",
					mix.values().stream().mapToInt(List::size).sum(), appTotal, sqlTotal, appTotal / sqlTotal);
			System.out.printf("%nEach query: p50 ms over HTTP, p50 ms direct%n");
			details.forEach(System.out::println);
			printIndexes(db.getConnection());
			System.out.println("Load average after: " + loadAverage());
		}
	}

	/**
	 * The fixed query mix: each class, its queries (as a search address's parameters).
	 */
	static Map<String, List<String>> mix() {
		Map<String, List<String>> mix = new LinkedHashMap<>();
		mix.put("rare words", List.of(q(WORDS.word(20_000)), q(WORDS.word(60_000)), q(WORDS.word(120_000)),
				q(WORDS.word(199_000)), q(WORDS.word(30_000) + " " + WORDS.word(40_000))));
		mix.put("middling words",
				List.of(q(WORDS.word(150)), q(WORDS.word(300)), q(WORDS.word(600)), q(WORDS.word(1200))));
		mix.put("common words", List.of(q(WORDS.word(1)), q(WORDS.word(2)), q(WORDS.word(3)), q(WORDS.word(4)),
				q(WORDS.word(5)), q(WORDS.word(1) + " " + WORDS.word(2))));
		mix.put("phrases", List.of(q("\"" + WORDS.word(1) + " " + WORDS.word(2) + "\""),
				q("\"" + WORDS.word(3) + " " + WORDS.word(1) + "\""), q("\"we will " + WORDS.word(5) + "\"")));
		mix.put("or / exclusion", List.of(q(WORDS.word(150) + " or " + WORDS.word(300)),
				q(WORDS.word(2) + " -" + WORDS.word(1)), q(WORDS.word(600) + " -" + WORDS.word(3))));
		mix.put("filters alone", List.of("party=Green", "speaker=Ossoff", "outlet=Outlet+3+" + cap(WORDS.word(1003)),
				"kind=paraphrase&from=2024-01-01&to=2024-12-31", "topic=" + WORDS.word(1) + "&stance=supports"));
		mix.put("words + filters",
				List.of(q(WORDS.word(1)) + "&party=Republican", q(WORDS.word(3)) + "&speaker=Osoff",
						q(WORDS.word(150)) + "&from=2020-01-01&to=2020-12-31", q(WORDS.word(2)) + "&kind=partial",
						q(WORDS.word(20_000)) + "&party=Democratic"));
		mix.put("sort newest", List.of(q(WORDS.word(1)) + "&sort=newest", q(WORDS.word(300)) + "&sort=newest",
				q(WORDS.word(60_000)) + "&sort=newest"));
		mix.put("sort oldest", List.of(q(WORDS.word(1)) + "&sort=oldest", q(WORDS.word(300)) + "&sort=oldest",
				q(WORDS.word(60_000)) + "&sort=oldest"));
		mix.put("deep pages", List.of(q(WORDS.word(2)) + "&sort=newest&page=50", q(WORDS.word(4)) + "&page=20",
				"party=Democratic&sort=oldest&page=100", q(WORDS.word(300)) + "&sort=oldest&page=40"));
		return mix;
	}

	private static String q(String text) {
		return "q=" + URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

	private static String cap(String word) {
		return Character.toUpperCase(word.charAt(0)) + word.substring(1);
	}

	private static SearchParameters parameters(String query) {
		Map<String, String> p = new LinkedHashMap<>();
		for (String pair : query.split("&")) {
			int eq = pair.indexOf('=');
			p.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
		}
		return SearchParameters.of(p);
	}

	/**
	 * Asks for a search's results as htmx does, on a kept-alive connection, and reads the
	 * whole answer. A plain blocking connection: the JDK's asynchronous HttpClient hands
	 * each answer between threads, which on two cores added 1–2 ms a request of its own
	 * to the app's figures.
	 */
	static void send(URL address) {
		try {
			HttpURLConnection connection = (HttpURLConnection) address.openConnection();
			connection.setRequestProperty("HX-Request", "true");
			connection.setReadTimeout(30_000);
			if (connection.getResponseCode() != 200) {
				throw new IllegalStateException(address + " answered " + connection.getResponseCode());
			}
			try (InputStream body = connection.getInputStream()) {
				body.transferTo(OutputStream.nullOutputStream());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static double time(Runnable action) {
		long started = System.nanoTime();
		action.run();
		return (System.nanoTime() - started) / 1e6;
	}

	private static double sum(List<Double> samples) {
		return samples.stream().mapToDouble(Double::doubleValue).sum();
	}

	private static double[] percentiles(List<Double> samples) {
		double[] sorted = samples.stream().mapToDouble(Double::doubleValue).sorted().toArray();
		return new double[] { at(sorted, 0.50), at(sorted, 0.95), at(sorted, 0.99) };
	}

	private static double at(double[] sorted, double p) {
		return sorted[(int) Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)];
	}

	private static void printShares(Connection connection) throws Exception {
		System.out.println("Share of quotes matching the common words:");
		try (Statement sql = connection.createStatement()) {
			long all = count(sql, "select count(*) from quote");
			for (int rank = 1; rank <= 5; rank++) {
				long n = count(sql, "select count(*) from quote where search_vector @@ to_tsquery('english', '"
						+ WORDS.word(rank) + "')");
				System.out.printf("  %-10s %,9d of %,d (%.1f %%)%n", WORDS.word(rank), n, all, 100.0 * n / all);
			}
		}
	}

	private static void printIndexes(Connection connection) throws Exception {
		System.out.println("\nIndexes on quote:");
		try (Statement sql = connection.createStatement(); ResultSet rs = sql.executeQuery("""
				select indexrelname, pg_size_pretty(pg_relation_size(indexrelid)) from pg_stat_user_indexes
				 where relname = 'quote' order by pg_relation_size(indexrelid) desc""")) {
			while (rs.next()) {
				System.out.printf("  %-28s %s%n", rs.getString(1), rs.getString(2));
			}
		}
		try (Statement sql = connection.createStatement();
				ResultSet rs = sql
					.executeQuery("select pg_size_pretty(pg_table_size('quote')), (select count(*) from quote)")) {
			rs.next();
			System.out.printf("  table quote: %s, %,d rows%n", rs.getString(1), rs.getLong(2));
		}
	}

	/**
	 * A fixed piece of work for PostgreSQL, so that runs on different days can be
	 * compared: the same machine type has been twice as fast on one day as on another.
	 */
	private static void printMachineSpeed(Connection connection) throws Exception {
		try (Statement sql = connection.createStatement()) {
			List<Double> times = new ArrayList<>();
			for (int i = 0; i < 7; i++) {
				long started = System.nanoTime();
				count(sql, "select count(*) from generate_series(1, 2000000)");
				times.add((System.nanoTime() - started) / 1e6);
			}
			System.out.printf("Machine speed: counting 2 000 000 rows in PostgreSQL takes %.0f ms (median of 7)%n",
					percentiles(times)[0]);
		}
	}

	/**
	 * Other work on the machine skews the figures: the 1, 5 and 15 minute load averages
	 * say how much.
	 */
	private static String loadAverage() {
		try {
			return Files.readString(Path.of("/proc/loadavg")).strip();
		}
		catch (Exception ex) {
			return "unknown";
		}
	}

	private static long count(Statement sql, String query) throws Exception {
		try (ResultSet rs = sql.executeQuery(query)) {
			rs.next();
			return rs.getLong(1);
		}
	}

}
