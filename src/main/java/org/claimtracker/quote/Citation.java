package org.claimtracker.quote;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * A quote's citation in the newsroom's usual form: speaker, how the article reports them,
 * byline, “title,” outlet, date and address, then where on ClaimTracker it was found and
 * when. A paraphrase is cited as the outlet's account, never as the speaker's words.
 */
public record Citation(long quoteId, QuoteKind kind, String speaker, @Nullable String byline, String title,
		String outlet, LocalDate published, String articleUrl) {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

	public static Citation of(QuoteView quote) {
		return new Citation(quote.id(), quote.kind(), quote.speaker(), quote.byline(), quote.articleTitle(),
				quote.outlet(), quote.publishedOn(), quote.articleUrl());
	}

	/**
	 * The citation, leading to the quote's permalink on {@code site} (such as
	 * {@code https://claims.example.org}) and dated {@code retrieved}: a reader checking
	 * it later finds the quote, and knows what it said then.
	 */
	public String text(String site, LocalDate retrieved) {
		String by = (this.byline != null && !this.byline.isBlank()) ? this.byline + ", " : "";
		return this.speaker + ", " + reported(this.kind) + " " + by + quotedTitle(this.title) + this.outlet + ", "
				+ DATE.format(this.published) + ", " + this.articleUrl + ". ClaimTracker, " + permalink(site)
				+ ", retrieved " + DATE.format(retrieved) + ".";
	}

	/**
	 * The quote's permalink on {@code site}, such as {@code https://claims.example.org}.
	 */
	public String permalink(String site) {
		return site + "/quotes/" + this.quoteId;
	}

	/** The byline as the names it gives, none when the article has no byline. */
	List<CitedName> authors() {
		return CitedName.of(this.byline);
	}

	/**
	 * How the article reports the speaker, so that a paraphrase cannot be taken for the
	 * speaker's words, nor a partial quote's sentence for theirs.
	 */
	private static String reported(QuoteKind kind) {
		return switch (kind) {
			case DIRECT -> "quoted in";
			case PARTIAL -> "quoted in part in";
			case PARAPHRASE -> "paraphrased (not quoted) in";
		};
	}

	/**
	 * The title in double quotation marks, its own quotation marks made single so that
	 * both can be told apart, and a comma before the closing marks unless the title ends
	 * in a question or exclamation mark.
	 */
	private static String quotedTitle(String title) {
		return quotedTitle(title, ',') + ' ';
	}

	/**
	 * The title in double quotation marks, as above, with {@code stop} before the closing
	 * marks unless the title ends in a question or exclamation mark.
	 */
	static String quotedTitle(String title, char stop) {
		StringBuilder quoted = new StringBuilder(title.length() + 4).append('“');
		boolean endsInQuote = false;
		for (int i = 0; i < title.length(); i++) {
			char c = title.charAt(i);
			boolean opens = c == '“' || (c == '"' && (i == 0 || opensAfter(title.charAt(i - 1))));
			boolean closes = c == '”' || (c == '"' && !opens);
			quoted.append(opens ? '‘' : closes ? '’' : c);
			endsInQuote = closes;
		}
		int end = endsInQuote ? quoted.length() - 1 : quoted.length();
		char last = quoted.charAt(end - 1);
		if (last != '?' && last != '!') {
			quoted.insert(end, stop);
		}
		return quoted.append('”').toString();
	}

	private static boolean opensAfter(char previous) {
		return Character.isWhitespace(previous) || "([{‘—–-/".indexOf(previous) >= 0;
	}

}
