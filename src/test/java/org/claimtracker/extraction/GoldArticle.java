package org.claimtracker.extraction;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * One article of the gold set: its body, the people the extractor is told about, the
 * expected quotes and the scare quotes that must not be proposed. Read from the inline
 * format described in {@code src/test/resources/extraction/gold/README.md}.
 */
record GoldArticle(String name, String body, List<KnownPerson> known, List<GoldQuote> quotes, List<int[]> scare) {

	static final String FOLDER = "/extraction/gold/";

	/** An expected quote; speaker "?" is an unnamed source. */
	record GoldQuote(int start, int end, Kind kind, boolean block, String speaker) {

	}

	boolean heldOut() {
		return this.name.startsWith("heldout-");
	}

	static List<GoldArticle> all() {
		List<GoldArticle> articles = new ArrayList<>();
		for (String name : read("index.txt").split("\n")) {
			if (!name.isBlank()) {
				articles.add(parse(name.strip(), read(name.strip())));
			}
		}
		return articles;
	}

	static GoldArticle parse(String name, String file) {
		List<KnownPerson> known = new ArrayList<>();
		String[] lines = file.split("\n", -1);
		int first = 0;
		while (first < lines.length && lines[first].startsWith("#")) {
			if (lines[first].startsWith("#known:")) {
				for (String person : lines[first].substring("#known:".length()).split(";")) {
					known.add(new KnownPerson(known.size() + 1, person.strip()));
				}
			}
			first++;
		}
		String marked = String.join("\n", List.of(lines).subList(first, lines.length)).strip();
		StringBuilder body = new StringBuilder();
		List<GoldQuote> quotes = new ArrayList<>();
		List<int[]> scare = new ArrayList<>();
		int at = 0;
		while (at < marked.length()) {
			char c = marked.charAt(at);
			if (c == '{') {
				int colon = marked.indexOf(':', at);
				int bar = marked.indexOf('|', at);
				int close = marked.indexOf('}', bar);
				String kind = marked.substring(at + 1, colon);
				String speaker = marked.substring(colon + 1, bar);
				String text = marked.substring(bar + 1, close);
				int start = body.length();
				body.append(text);
				switch (kind) {
					case "D" -> quotes.add(new GoldQuote(start, body.length(), Kind.DIRECT, false, speaker));
					case "B" -> quotes.add(new GoldQuote(start, body.length(), Kind.DIRECT, true, speaker));
					case "P" -> quotes.add(new GoldQuote(start, body.length(), Kind.PARTIAL, false, speaker));
					case "R" -> quotes.add(new GoldQuote(start, body.length(), Kind.PARAPHRASE, false, speaker));
					case "S" -> scare.add(new int[] { start, body.length() });
					default -> throw new IllegalArgumentException(name + ": unknown kind " + kind);
				}
				at = close + 1;
			}
			else {
				body.append(c);
				at++;
			}
		}
		return new GoldArticle(name, body.toString(), known, quotes, scare);
	}

	static String read(String name) {
		try (InputStream in = GoldArticle.class.getResourceAsStream(FOLDER + name)) {
			if (in == null) {
				throw new IllegalStateException("No gold file " + name);
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
