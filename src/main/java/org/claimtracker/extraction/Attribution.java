package org.claimtracker.extraction;

/**
 * Who a stretch of the writer's text says spoke, and the word that says so ("said",
 * "according to").
 */
record Attribution(Mention mention, String cue) {

}
