package org.claimtracker.quote;

/**
 * Where a correction left one quote or claim appearance: its id, its words before, and
 * its placement.
 */
public record Reanchored(long id, String exact, Placement placement) {

}
