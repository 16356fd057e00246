package org.claimtracker.importing;

import org.claimtracker.common.NotFoundException;

/** An import run that is not there. */
public class ImportNotFoundException extends NotFoundException {

	public ImportNotFoundException(long id) {
		super("import", id);
	}

}
