package org.claimtracker.person;

/** Someone else is listed under that name already, in some case or spacing. */
public class DuplicatePersonException extends RuntimeException {

	private final long existingId;

	public DuplicatePersonException(long existingId) {
		super("Someone else is listed under this name: person " + existingId);
		this.existingId = existingId;
	}

	public long getExistingId() {
		return this.existingId;
	}

}
