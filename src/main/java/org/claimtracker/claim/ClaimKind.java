package org.claimtracker.claim;

/** What a claim is about: where a person stands, or how the world is. */
public enum ClaimKind {

	POSITION, FACTUAL

}
