package org.claimtracker.article;

/** An article with the same URL is already in the database. */
public class DuplicateArticleException extends RuntimeException {

	private final long existingId;

	public DuplicateArticleException(long existingId) {
		super("An article with this URL exists: " + existingId);
		this.existingId = existingId;
	}

	public long getExistingId() {
		return this.existingId;
	}

}
