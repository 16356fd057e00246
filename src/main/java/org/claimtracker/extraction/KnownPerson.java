package org.claimtracker.extraction;

/**
 * Someone the newsroom already knows, so that a surname in the text can be resolved to
 * them.
 */
public record KnownPerson(long id, String name) {

}
