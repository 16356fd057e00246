package org.claimtracker.importing;

/** A record an import could not take: in which file, where in it, and why. */
public record ImportProblem(String file, String place, String reason) {

}
