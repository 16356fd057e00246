package org.claimtracker.claim;

/**
 * What deleting a claim takes with it, for the editor to confirm: how many evidence links
 * and appearances in articles it has.
 */
public record ClaimDeletion(long evidence, long appearances) {

}
