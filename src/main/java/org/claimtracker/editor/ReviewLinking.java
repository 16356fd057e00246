package org.claimtracker.editor;

import java.util.List;
import java.util.Objects;

import org.claimtracker.article.ArticleService;
import org.claimtracker.claim.ClaimDraft;
import org.claimtracker.claim.ClaimMatches;
import org.claimtracker.claim.ClaimService;
import org.claimtracker.claim.ClaimSummary;
import org.claimtracker.claim.EvidenceService;
import org.claimtracker.claim.Stance;
import org.claimtracker.quote.QuoteService;
import org.claimtracker.quote.QuoteView;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Linking a quote accepted on the review screen to a claim, without leaving it: the quote
 * in its sentence, the claims most like its words, or a new claim written there.
 */
@Service
class ReviewLinking {

	private final ArticleService articles;

	private final QuoteService quotes;

	private final EvidenceService evidence;

	private final ClaimMatches matches;

	private final ClaimService claims;

	ReviewLinking(ArticleService articles, QuoteService quotes, EvidenceService evidence, ClaimMatches matches,
			ClaimService claims) {
		this.articles = articles;
		this.quotes = quotes;
		this.evidence = evidence;
		this.matches = matches;
		this.claims = claims;
	}

	/**
	 * Linking one accepted quote to a claim: its sentence in the article, and the claims
	 * most like it.
	 */
	record Linking(long quoteId, long speakerId, String before, String exact, String after, List<ClaimSummary> claims) {

	}

	/** How many claims the review screen offers for a quote, most alike first. */
	static final int SIMILAR_CLAIMS = 8;

	/**
	 * The quote of this article to link, in its sentence, with the claims most like its
	 * words; null when the article has no such quote.
	 */
	@Transactional(readOnly = true)
	public @Nullable Linking linking(long articleId, long quoteId) {
		String body = this.articles.find(articleId).getBody();
		for (QuoteView quote : this.quotes.inArticle(articleId)) {
			if (quote.id() == quoteId && quote.end() <= body.length()) {
				int from = sentenceStart(body, quote.start());
				int to = sentenceEnd(body, quote.end());
				return new Linking(quoteId, quote.speakerId(), body.substring(from, quote.start()),
						body.substring(quote.start(), quote.end()), body.substring(quote.end(), to),
						this.matches.closestToQuote(quote.exact(), quote.speakerId(), SIMILAR_CLAIMS));
			}
		}
		return null;
	}

	/** Links the article's quote to a claim, or to a new claim the editor writes. */
	@Transactional
	public void link(long quoteId, @Nullable ClaimDraft newClaim, @Nullable Long claimId, Stance stance,
			String rationale) {
		long claim = (newClaim != null) ? this.claims.create(newClaim) : Objects.requireNonNull(claimId);
		this.evidence.link(quoteId, claim, stance, rationale);
	}

	/**
	 * Where the sentence holding {@code at} starts: after the last full stop or line
	 * before it.
	 */
	private static int sentenceStart(String body, int at) {
		int i = at;
		while (i > 0 && body.charAt(i - 1) != '\n'
				&& !(".!?".indexOf(body.charAt(i - 1)) >= 0 && i < body.length() && body.charAt(i) == ' ')) {
			i--;
		}
		while (i < at && Character.isWhitespace(body.charAt(i))) {
			i++;
		}
		return i;
	}

	/**
	 * Where the sentence holding {@code at} ends: at its full stop or the end of the
	 * line.
	 */
	private static int sentenceEnd(String body, int at) {
		int i = at;
		while (i < body.length() && body.charAt(i) != '\n') {
			char c = body.charAt(i);
			i++;
			if (".!?".indexOf(c) >= 0 && (i == body.length() || body.charAt(i) == ' ' || body.charAt(i) == '\n')) {
				break;
			}
		}
		return i;
	}

}
