package org.claimtracker.article;

/** An outlet, by its id and name. */
public record OutletName(long id, String name) {

}
