/**
 * Quotes: the spans of an article's text that a person said, anchored so that they
 * survive corrections to the text.
 */
@ApplicationModule(allowedDependencies = { "article", "person", "common" })
@NullMarked
package org.claimtracker.quote;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
