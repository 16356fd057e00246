/**
 * The page models both browser audiences show: an article with its quotes and claim
 * appearances marked in the text, a claim with its evidence, a quote in its context.
 * Readers see them as they are; editors see the same pages with editing controls.
 */
@ApplicationModule(allowedDependencies = { "article", "claim", "person", "quote" })
@NullMarked
package org.claimtracker.pages;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
