package org.claimtracker.claim;

/** The quote is already linked to that claim; a (quote, claim) pair appears once. */
public class DuplicateEvidenceException extends RuntimeException {

	public DuplicateEvidenceException() {
		super("This quote is already linked to that claim");
	}

}
