package org.claimtracker.utterance;

/**
 * One word of a quote as printed ({@code text}) and as compared ({@code norm}): in
 * {@code [brackets]} when the outlet put it there, after an ellipsis when the outlet left
 * words out before it.
 */
public record Word(String text, String norm, boolean bracketed, boolean afterEllipsis) {

}
