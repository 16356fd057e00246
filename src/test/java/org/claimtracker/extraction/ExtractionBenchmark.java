package org.claimtracker.extraction;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * Measures extraction speed on one thread: the gold articles one by one, and the same
 * text as a single article of about a megabyte. Prints megabytes of UTF-8 article text
 * per second of the thread's CPU time (per core, however busy the machine), and per
 * second of wall-clock time.
 */
public final class ExtractionBenchmark {

	private static final long WARM_UP_NANOS = 6_000_000_000L;

	private static final long MEASURE_NANOS = 5_000_000_000L;

	private ExtractionBenchmark() {
	}

	public static void main(String[] args) {
		List<String> articles = GoldArticle.all().stream().map(GoldArticle::body).toList();
		String joined = String.join("\n\n", articles);
		String large = (joined + "\n\n").repeat(Math.max(1, 1_000_000 / joined.length()));
		report("gold articles, one at a time", articles);
		report("one article of " + large.length() / 1000 + " thousand characters", List.of(large));
	}

	private static void report(String what, List<String> articles) {
		run(articles, WARM_UP_NANOS);
		double[] result = run(articles, MEASURE_NANOS);
		System.out.printf(Locale.ROOT, "%-45s %6.1f MB/s per core (CPU time), %6.1f MB/s wall-clock, %d passes%n", what,
				result[0], result[1], (long) result[2]);
	}

	/**
	 * Extracts from every article repeatedly for about {@code nanos} of CPU time; returns
	 * {MB/s CPU, MB/s wall, passes}.
	 */
	private static double[] run(List<String> articles, long nanos) {
		long bytes = articles.stream().mapToLong((a) -> a.getBytes(StandardCharsets.UTF_8).length).sum();
		long proposals = 0;
		long passes = 0;
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		long start = System.nanoTime();
		long cpuStart = threads.getCurrentThreadCpuTime();
		long cpu;
		do {
			for (String article : articles) {
				proposals += QuoteExtractor.extract(article).size();
			}
			passes++;
			cpu = threads.getCurrentThreadCpuTime() - cpuStart;
		}
		while (cpu < nanos);
		long elapsed = System.nanoTime() - start;
		if (proposals < 0) {
			throw new IllegalStateException();
		}
		double megabytes = bytes * passes / 1e6;
		return new double[] { megabytes / (cpu / 1e9), megabytes / (elapsed / 1e9), passes };
	}

}
