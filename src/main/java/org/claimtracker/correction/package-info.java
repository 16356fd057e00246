/**
 * Correcting an article's text: the quotes and claim appearances re-anchored, and those
 * that could not be placed.
 */
@ApplicationModule(allowedDependencies = { "article", "claim", "quote" })
@NullMarked
package org.claimtracker.correction;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
