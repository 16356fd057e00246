package org.claimtracker.article;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.regex.Pattern;

import org.claimtracker.common.Names;
import org.jspecify.annotations.Nullable;

/**
 * What an editor may change of an article besides its text: title, outlet, byline, date
 * and address, stripped of surrounding spaces, the outlet tidied as names are, the byline
 * as {@link #byline} has it.
 */
public record ArticleDetails(String title, String outlet, @Nullable String byline, LocalDate publishedOn, String url) {

	/**
	 * What an article's address may be: http or https, without the spaces (of any kind),
	 * quotation marks and angle brackets no address holds unencoded; spaces around it are
	 * dropped. An empty one passes this check: that it is missing is all there is to say.
	 */
	public static final String URL = "\\s*(https?://[^\\s\\p{Z}<>\"]+)?\\s*";

	/** "By " or "By: " before the writer's name, in any case. */
	private static final Pattern BY = Pattern.compile("^by(?::\\s*|\\s+)", Pattern.CASE_INSENSITIVE);

	/**
	 * The details as an editor sees them: what a save compares with to tell whether they
	 * changed meanwhile.
	 */
	public static ArticleDetails of(ArticleView article) {
		return new ArticleDetails(article.title(), article.outlet(), article.byline(), article.publishedOn(),
				article.url());
	}

	public ArticleDetails {
		title = title.strip();
		outlet = Names.tidy(outlet);
		byline = byline(byline);
		url = url.strip();
	}

	/**
	 * The writer's name as a byline is stored, tidied as names are (see {@link Names}):
	 * pages and citations put "By" or "quoted in" before it, so one typed as "By Dana
	 * Whitfield" is "Dana Whitfield". A blank one, or "By" and nothing else, is none.
	 */
	public static @Nullable String byline(@Nullable String given) {
		String name = (given != null) ? BY.matcher(Names.tidy(given)).replaceFirst("") : "";
		return name.isBlank() ? null : name;
	}

	/**
	 * A short fingerprint of the details (SHA-256), for a form to carry the details it
	 * showed: a save from a newer version whose details are still these (only its text
	 * changed, or it was published) is no conflict.
	 */
	public String fingerprint() {
		String all = String.join("\u0000", this.title, this.outlet, String.valueOf(this.byline),
				this.publishedOn.toString(), this.url);
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(all.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java platform has SHA-256", ex);
		}
	}

}
