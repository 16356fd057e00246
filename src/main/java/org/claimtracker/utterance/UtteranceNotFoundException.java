package org.claimtracker.utterance;

import org.claimtracker.common.NotFoundException;

/** No utterance by that id has a version the request may see. */
public class UtteranceNotFoundException extends NotFoundException {

	public UtteranceNotFoundException(long id) {
		super("utterance", id);
	}

}
