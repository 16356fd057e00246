package org.claimtracker.claim;

import org.claimtracker.common.NotFoundException;

/** No published claim or topic answers to what a reader asked for. */
public class ClaimNotFoundException extends NotFoundException {

	public ClaimNotFoundException(String what, Object id) {
		super(what, id);
	}

}
