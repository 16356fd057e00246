package org.claimtracker.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.claimtracker.ClaimTrackerApplication;
import org.claimtracker.TestDatabase;
import org.claimtracker.search.SearchParameters;
import org.claimtracker.search.SearchService;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Where the app's time goes on one search, in one JVM on one connection pool: the search
 * service alone, the request through Spring MVC and the template, with Spring Security's
 * filters as well, and over HTTP through Tomcat. Each step is timed in turn, round after
 * round, and the rounds after the first half (the warm-up) give the p50 and p95.
 *
 * <p>
 * Run: {@code bench/split-request.sh [query]}; arguments: jdbc-url, then the query's
 * words.
 */
public final class RequestSplit {

	private static final int ROUNDS = 40;

	private static final int CALLS = 100;

	private interface Step {

		void run() throws Exception;

	}

	public static void main(String[] args) throws Exception {
		String url = (args.length > 0) ? args[0] : "jdbc:postgresql://127.0.0.1:5432/claimtracker_bench";
		// the query's words arrive as separate arguments
		String query = (args.length > 1) ? String.join(" ", Arrays.copyOfRange(args, 1, args.length))
				: new Vocabulary(200_000, 42).word(20_000);
		SpringApplication application = new SpringApplicationBuilder(ClaimTrackerApplication.class).build();
		// the tests' own database initializer is on this classpath: the app is to run on
		// the benchmark's
		application.setInitializers(
				application.getInitializers().stream().filter((i) -> !(i instanceof TestDatabase)).toList());
		try (ConfigurableApplicationContext context = application.run("--server.port=0",
				"--spring.datasource.url=" + url, "--claimtracker.demo-data.enabled=false",
				"--logging.level.root=WARN")) {
			Map<String, List<Double>> times = time(steps(context, query));
			System.out.printf("One search (q=%s), p50 / p95 ms over %d calls after as many to warm up:%n", query,
					ROUNDS / 2 * CALLS);
			times.forEach((name, samples) -> {
				double[] sorted = samples.stream().mapToDouble(Double::doubleValue).sorted().toArray();
				System.out.printf("  %-34s %6.2f %6.2f%n", name, sorted[sorted.length / 2],
						sorted[(int) (sorted.length * 0.95)]);
			});
		}
	}

	private static Map<String, Step> steps(ConfigurableApplicationContext context, String query) throws IOException {
		SearchService search = context.getBean(SearchService.class);
		WebApplicationContext web = (WebApplicationContext) context;
		MockMvc mvc = MockMvcBuilders.webAppContextSetup(web).build();
		MockMvc secured = MockMvcBuilders.webAppContextSetup(web).apply(springSecurity()).build();
		URL address = URI
			.create("http://127.0.0.1:" + context.getEnvironment().getProperty("local.server.port") + "/search?q="
					+ URLEncoder.encode(query, StandardCharsets.UTF_8))
			.toURL();
		Map<String, Step> steps = new LinkedHashMap<>();
		steps.put("search service", () -> search.search(SearchParameters.of(Map.of("q", query)).toQuery()));
		steps.put("+ Spring MVC and template", () -> mvc.perform(results(query)).andReturn());
		steps.put("+ Spring Security's filters", () -> secured.perform(results(query)).andReturn());
		steps.put("+ HTTP through Tomcat", () -> Benchmark.send(address));
		return steps;
	}

	private static Map<String, List<Double>> time(Map<String, Step> steps) throws Exception {
		Map<String, List<Double>> times = new LinkedHashMap<>();
		for (int round = 0; round < ROUNDS; round++) {
			for (Map.Entry<String, Step> step : steps.entrySet()) {
				for (int i = 0; i < CALLS; i++) {
					long started = System.nanoTime();
					step.getValue().run();
					double ms = (System.nanoTime() - started) / 1e6;
					if (round >= ROUNDS / 2) {
						times.computeIfAbsent(step.getKey(), (name) -> new ArrayList<>()).add(ms);
					}
				}
			}
		}
		return times;
	}

	private static RequestBuilder results(String query) {
		return get("/search").param("q", query).header("HX-Request", "true");
	}

}
