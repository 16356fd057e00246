package org.claimtracker.api;

import org.claimtracker.common.NotFoundException;

/**
 * A write's body names by id an item that is not there: the address is right and the body
 * is not, so the answer names the field (422), not a missing address (404).
 */
class UnknownReferenceException extends RuntimeException {

	private final String field;

	private final String fieldMessage;

	UnknownReferenceException(String field, NotFoundException missing) {
		super(field + " " + missing.getId() + " does not exist", missing);
		this.field = field;
		this.fieldMessage = missing.getMessage() + ".";
	}

	String getField() {
		return this.field;
	}

	/** What is wrong with the field, said as the other field messages say it. */
	String getFieldMessage() {
		return this.fieldMessage;
	}

}
