package org.claimtracker.extraction;

import java.util.List;

/**
 * Proposes the quotes in an article body with their speakers: direct quotes in any common
 * marks (including block quotes set off without marks), partial quotes inside the
 * writer's sentences, and reported speech. Offsets are Java {@code String} indexes into
 * the body. Runs in time linear in the body and never fails on odd text; an empty body
 * has no quotes.
 */
public final class QuoteExtractor {

	private QuoteExtractor() {
	}

	public static List<Proposal> extract(String body, List<KnownPerson> known) {
		if (body.isEmpty()) {
			return List.of();
		}
		return List.copyOf(new ArticleReader(body, known).read());
	}

	public static List<Proposal> extract(String body) {
		return extract(body, List.of());
	}

}
