package org.claimtracker.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A journalist's query, parsed: words, {@code "exact phrases"}, {@code or} between
 * alternatives and {@code -excluded} terms. Anything is accepted: unbalanced quotes close
 * at the end, lone operators and symbols are dropped, and only letters and digits ever
 * reach PostgreSQL, as the lexemes of a {@code to_tsquery} text passed as a bind
 * parameter.
 */
public final class SearchTerms {

	/** Terms beyond this many are dropped, and the page says so. */
	static final int MAX_TERMS = 32;

	/**
	 * Longer words are cut: no real word is longer, and PostgreSQL ignores lexemes past 2
	 * KB.
	 */
	static final int MAX_WORD = 64;

	private static final String QUOTE_MARKS = "\"“”„‟«»″";

	private static final String APOSTROPHES = "'’‘ʼ‛`´′";

	/**
	 * One searchable unit: a word, or a phrase of words in order; excluded when negated.
	 */
	public record Term(List<String> words, boolean excluded) {

		boolean phrase() {
			return this.words.size() > 1;
		}

		String tsquery() {
			String lexemes = this.words.stream().map((w) -> "'" + w + "'").collect(Collectors.joining(" <-> "));
			return (this.excluded ? "!" : "") + (phrase() ? "(" + lexemes + ")" : lexemes);
		}

	}

	/** Terms of which any one may match: {@code tax or taxes}. */
	public record Clause(List<Term> alternatives) {

		/** A single plain word that may also be a name: {@code Ossoff}. */
		boolean singleWord() {
			return this.alternatives.size() == 1 && !this.alternatives.get(0).excluded()
					&& !this.alternatives.get(0).phrase();
		}

		String tsquery() {
			String any = this.alternatives.stream().map(Term::tsquery).collect(Collectors.joining(" | "));
			return (this.alternatives.size() > 1) ? "(" + any + ")" : any;
		}

	}

	private final List<Clause> clauses;

	private final boolean shortened;

	private SearchTerms(List<Clause> clauses, boolean shortened) {
		this.clauses = clauses;
		this.shortened = shortened;
	}

	public static SearchTerms parse(String query) {
		List<Clause> clauses = new ArrayList<>();
		List<Term> alternatives = new ArrayList<>();
		boolean pendingOr = false;
		int terms = 0;
		boolean shortened = false;
		int at = 0;
		while (at < query.length()) {
			char c = query.charAt(at);
			if (Character.isWhitespace(c) || Character.isISOControl(c)) {
				at++;
				continue;
			}
			boolean excluded = false;
			if (c == '-' && at + 1 < query.length() && !Character.isWhitespace(query.charAt(at + 1))) {
				excluded = true;
				at++;
				c = query.charAt(at);
			}
			String raw;
			boolean quoted = QUOTE_MARKS.indexOf(c) >= 0;
			if (quoted) {
				int end = indexOfAny(query, QUOTE_MARKS, at + 1);
				raw = query.substring(at + 1, (end < 0) ? query.length() : end);
				at = (end < 0) ? query.length() : end + 1;
			}
			else {
				int end = at;
				while (end < query.length() && !Character.isWhitespace(query.charAt(end))
						&& QUOTE_MARKS.indexOf(query.charAt(end)) < 0) {
					end++;
				}
				raw = query.substring(at, end);
				at = end;
				if (!excluded && (raw.equalsIgnoreCase("or") || raw.equals("|"))) {
					pendingOr = !alternatives.isEmpty();
					continue;
				}
			}
			List<String> words = words(raw);
			if (words.isEmpty()) {
				continue;
			}
			if (terms == MAX_TERMS) {
				shortened = true;
				break;
			}
			terms++;
			Term term = new Term(words, excluded);
			if (!pendingOr && !alternatives.isEmpty()) {
				clauses.add(new Clause(List.copyOf(alternatives)));
				alternatives.clear();
			}
			alternatives.add(term);
			pendingOr = false;
		}
		if (!alternatives.isEmpty()) {
			clauses.add(new Clause(List.copyOf(alternatives)));
		}
		return new SearchTerms(List.copyOf(clauses), shortened);
	}

	/**
	 * The letters and digits of a word or phrase, lower-cased, apostrophes dropped the
	 * way the index drops them ({@code here’s} is {@code heres}), split where anything
	 * else stands between.
	 */
	static List<String> words(String raw) {
		List<String> words = new ArrayList<>();
		StringBuilder word = new StringBuilder();
		raw.codePoints().forEach((cp) -> {
			if (Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.NON_SPACING_MARK) {
				if (word.length() < MAX_WORD) {
					word.appendCodePoint(cp);
				}
			}
			else if (APOSTROPHES.indexOf(cp) < 0 && word.length() > 0) {
				words.add(word.toString().toLowerCase(Locale.ROOT));
				word.setLength(0);
			}
		});
		if (word.length() > 0) {
			words.add(word.toString().toLowerCase(Locale.ROOT));
		}
		return words;
	}

	public List<Clause> clauses() {
		return this.clauses;
	}

	public boolean isEmpty() {
		return this.clauses.isEmpty();
	}

	/** Whether terms past {@link #MAX_TERMS} were dropped. */
	public boolean shortened() {
		return this.shortened;
	}

	/** Whether some term must match, so that an index can find the quotes. */
	public boolean hasRequiredTerm() {
		return this.clauses.stream().anyMatch((c) -> c.alternatives().stream().noneMatch(Term::excluded));
	}

	/** Whether some phrase must or may match (an excluded one only narrows). */
	public boolean hasPhrase() {
		return this.clauses.stream()
			.flatMap((c) -> c.alternatives().stream())
			.anyMatch((t) -> t.phrase() && !t.excluded());
	}

	/** The whole query as {@code to_tsquery} text; letters, digits and operators only. */
	public String tsquery() {
		return tsquery(this.clauses);
	}

	static String tsquery(List<Clause> clauses) {
		return clauses.stream().map(Clause::tsquery).collect(Collectors.joining(" & "));
	}

	/** The terms to highlight: every word not excluded. */
	public String highlightTsquery() {
		return this.clauses.stream()
			.flatMap((c) -> c.alternatives().stream())
			.filter((t) -> !t.excluded())
			.map(Term::tsquery)
			.collect(Collectors.joining(" | "));
	}

	private static int indexOfAny(String text, String chars, int from) {
		for (int i = from; i < text.length(); i++) {
			if (chars.indexOf(text.charAt(i)) >= 0) {
				return i;
			}
		}
		return -1;
	}

}
