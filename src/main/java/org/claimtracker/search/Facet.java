package org.claimtracker.search;

/** How many hits share one value of a facet (a speaker, party, outlet, topic or year). */
public record Facet(String value, String label, long count) {

}
