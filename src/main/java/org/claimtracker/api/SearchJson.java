package org.claimtracker.api;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.claimtracker.claim.Stance;
import org.claimtracker.quote.QuoteKind;
import org.claimtracker.search.QuoteHit;
import org.claimtracker.search.Snippet;
import org.jspecify.annotations.Nullable;

/**
 * The JSON shape of one search hit: as the CSV export has it, with its {@code kind} (a
 * paraphrase is the outlet's account, not the speaker's words), its permalink and a
 * citation that says which.
 */
@Schema(name = "QuoteHit", description = "A quote found: its words, kind, speaker and article, the snippet that "
		+ "matched (matches are [start, end) offsets in it, UTF-16), the claims it bears on, its permalink and a "
		+ "citation")
record SearchJson(long id, String text, QuoteKind kind, Json.PersonRef speaker, Json.ArticleRef article,
		@Nullable LocalDate saidOn, String snippet, List<int[]> matches, List<Claim> claims, String permalink,
		String citation, @Nullable Long utteranceId, boolean altered) {

	/** A claim the quote bears on, and how. */
	@Schema(name = "ClaimStance", description = "A claim a found quote bears on, and how")
	record Claim(long id, String statement, Stance stance) {

	}

	/**
	 * The snippet is plain text; {@code matches} are the [start, end) offsets (UTF-16, as
	 * in JavaScript) of the words that matched, for clients to mark as they see fit.
	 * Links lead to {@code site}; the citation says it was {@code retrieved} then.
	 */
	static SearchJson from(QuoteHit hit, String site, LocalDate retrieved) {
		StringBuilder snippet = new StringBuilder();
		List<int[]> matches = new ArrayList<>();
		for (Snippet.Part part : hit.snippet()) {
			if (part.marked()) {
				matches.add(new int[] { snippet.length(), snippet.length() + part.text().length() });
			}
			snippet.append(part.text());
		}
		return new SearchJson(hit.id(), hit.text(), hit.kind(),
				new Json.PersonRef(hit.speakerId(), hit.speaker(), hit.party()),
				new Json.ArticleRef(hit.articleId(), hit.articleTitle(), new Json.Outlet(hit.outletId(), hit.outlet()),
						hit.publishedOn(), hit.articleUrl()),
				hit.saidOn(), snippet.toString(), matches,
				hit.claims().stream().map((c) -> new Claim(c.id(), c.statement(), c.stance())).toList(),
				site + "/quotes/" + hit.id(), hit.citation().text(site, retrieved), hit.utteranceId(), hit.altered());
	}

}
