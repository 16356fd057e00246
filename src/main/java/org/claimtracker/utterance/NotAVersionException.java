package org.claimtracker.utterance;

/** The quote an editor named is not a version of the utterance named with it. */
public class NotAVersionException extends RuntimeException {

	public NotAVersionException(long quoteId, long utteranceId) {
		super("Quote " + quoteId + " is not a version of utterance " + utteranceId);
	}

}
