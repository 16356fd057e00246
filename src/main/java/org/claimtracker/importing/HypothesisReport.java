package org.claimtracker.importing;

import io.swagger.v3.oas.annotations.media.Schema;
import java.io.Serializable;
import java.util.List;

/**
 * What an import of Hypothesis annotations did, row by row: the annotations proposed as
 * quotes (with the article and the words they were placed on, and how they were found),
 * how many had been imported before, and every row not taken, with its reason.
 * Serializable, as the editor's page carries it to the report in the session's flash.
 */
public record HypothesisReport(int rows, List<Proposed> proposed, int alreadyImported,
		List<Problem> problems) implements Serializable {

	/** An annotation proposed as a quote of an article. */
	@Schema(name = "HypothesisProposal", description = "An annotation proposed as a quote of an article: how its "
			+ "words were found (exact, loose or fuzzy)")
	public record Proposed(String id, String uri, long articleId, String articleTitle, int start, int end, String exact,
			String how) implements Serializable {

	}

	/** A row not taken, and why. */
	@Schema(name = "HypothesisRowNotTaken", description = "A row of the export not taken, and why")
	public record Problem(String id, String uri, String reason) implements Serializable {

	}

}
