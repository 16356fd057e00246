package org.claimtracker.claim;

/** How a quote bears on a claim. */
public enum Stance {

	SUPPORTS, CONTRADICTS

}
