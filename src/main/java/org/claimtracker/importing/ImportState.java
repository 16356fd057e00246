package org.claimtracker.importing;

/** Where an import run is: waiting for the one before it, under way, or over. */
public enum ImportState {

	QUEUED, RUNNING, DONE, FAILED;

	public boolean over() {
		return this == DONE || this == FAILED;
	}

}
