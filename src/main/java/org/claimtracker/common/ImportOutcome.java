package org.claimtracker.common;

/** What taking one imported record did: added it, found it as it was, or changed it. */
public enum ImportOutcome {

	ADDED, UNCHANGED, CORRECTED

}
