/**
 * The history of articles, quotes, people and evidence: who changed what, when.
 */
@ApplicationModule(allowedDependencies = { "article", "claim", "person", "quote", "common" })
@NullMarked
package org.claimtracker.history;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
