package org.claimtracker.utterance;

/**
 * Two utterances that cannot be one: the same one twice, or words of two speakers. The
 * message key says which.
 */
public class MergeRefusedException extends RuntimeException {

	private final String messageKey;

	public MergeRefusedException(String messageKey) {
		super(messageKey);
		this.messageKey = messageKey;
	}

	public String getMessageKey() {
		return this.messageKey;
	}

}
