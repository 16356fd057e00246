package org.claimtracker;

import org.claimtracker.quote.NewQuote;
import org.claimtracker.quote.QuoteKind;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Finds the ids of the demo data set's rows by what readers see of them, and makes new
 * quotes of its article's words: for tests of what the demo data set holds. A test of
 * behaviour makes its own rows with {@link Fixtures}.
 */
public record DemoIds(JdbcTemplate jdbc) {

	public long article() {
		return this.jdbc.queryForObject("select id from article where url like 'https://www.breitbart.com/%'",
				Long.class);
	}

	/**
	 * The seed article's quote whose exact text starts so (the follow-up articles quote
	 * some of the same words).
	 */
	public long quote(String start) {
		return this.jdbc.queryForObject("select id from quote where article_id = ? and starts_with(exact, ?)",
				Long.class, article(), start);
	}

	/** The claim whose statement starts so. */
	public long claim(String start) {
		return this.jdbc.queryForObject("select id from claim where starts_with(statement, ?)", Long.class, start);
	}

	public long person(String name) {
		return this.jdbc.queryForObject("select id from person where name = ?", Long.class, name);
	}

	/** A draft quote of the article's first such words, by Jon Ossoff, to be created. */
	public NewQuote newQuote(String words) {
		String body = this.jdbc.queryForObject("select body from article where id = ?", String.class, article());
		int start = body.indexOf(words);
		return new NewQuote(article(), person("Jon Ossoff"), QuoteKind.PARTIAL, null, null, start,
				start + words.length(), words);
	}

}
