package org.claimtracker.article;

/** An outlet and how many published articles it has. */
public record OutletView(long id, String name, long articles) {

}
