package org.claimtracker.person;

import org.claimtracker.common.NotFoundException;

/** No published person or race has the id a reader asked for. */
public class PersonNotFoundException extends NotFoundException {

	public PersonNotFoundException(String what, long id) {
		super(what, id);
	}

}
