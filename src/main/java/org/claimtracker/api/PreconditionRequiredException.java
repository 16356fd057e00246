package org.claimtracker.api;

/**
 * A change of an existing item came without If-Match: the API will not guess which
 * version it meant.
 */
class PreconditionRequiredException extends RuntimeException {

	PreconditionRequiredException() {
		super("Send If-Match with the ETag of the version you are changing");
	}

}
