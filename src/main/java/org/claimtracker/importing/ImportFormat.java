package org.claimtracker.importing;

/**
 * The file formats of bulk import, each of one kind: articles come as JSON Lines or saved
 * web pages (one, or a ZIP archive of them), claims as CSV or schema.org ClaimReview.
 */
public enum ImportFormat {

	/** One JSON object per line, an article each. */
	JSON_LINES(ImportKind.ARTICLES, "JSON Lines (one JSON object per line)"),

	/** One saved web page. */
	HTML(ImportKind.ARTICLES, "a saved web page (HTML)"),

	/** A ZIP archive of saved web pages. */
	ZIP(ImportKind.ARTICLES, "a ZIP archive of saved web pages"),

	/** A spreadsheet saved as CSV, a claim per row under a header row. */
	CSV(ImportKind.CLAIMS, "a CSV file of claims"),

	/** schema.org ClaimReview as JSON or JSON-LD: one review, a list, or a DataFeed. */
	CLAIM_REVIEW(ImportKind.CLAIMS, "schema.org ClaimReview JSON");

	private final ImportKind kind;

	private final String description;

	ImportFormat(ImportKind kind, String description) {
		this.kind = kind;
		this.description = description;
	}

	public ImportKind kind() {
		return this.kind;
	}

	/** The format in the words an editor reads in a message: "a CSV file of claims". */
	public String description() {
		return this.description;
	}

}
